using Dossier.Model;

namespace Dossier.Temporal;

/// <summary>
/// Where an expression sits: its sentence (from <see cref="Document.Sentences"/> when a tokenizer ran, otherwise a
/// cheap local split on sentence-final punctuation that skips short capitalised abbreviations such as "Oct.").
/// </summary>
internal readonly record struct ClauseContext(int SentenceIndex, int Start, int End)
{
    public static ClauseContext Of(Document document, int start)
    {
        if (document.Sentences.Count > 0)
        {
            int index = document.SentenceAt(start);
            if (index >= 0)
            {
                var s = document.Sentences[index];
                return new ClauseContext(index, s.Start, s.End);
            }
        }

        return Local(document.Text, start);
    }

    public static ClauseContext Local(string text, int position)
    {
        int begin = position;
        while (begin > 0 && !IsBoundary(text, begin - 1))
        {
            begin--;
        }

        int end = position;
        while (end < text.Length && !IsBoundary(text, end))
        {
            end++;
        }

        return new ClauseContext(-1, begin, Math.Min(text.Length, end + 1));
    }

    /// <summary>True when the character at <paramref name="i"/> ends a sentence.</summary>
    private static bool IsBoundary(string text, int i)
    {
        char c = text[i];
        if (c == '\n')
        {
            return true;
        }

        if (c is not ('.' or '!' or '?') || i + 1 >= text.Length || !char.IsWhiteSpace(text[i + 1]))
        {
            return false;
        }

        if (c != '.')
        {
            return true;
        }

        int w = i;
        while (w > 0 && char.IsLetter(text[w - 1]))
        {
            w--;
        }

        int length = i - w;
        // "Oct.", "Mr.", "U.S." are abbreviations far more often than sentence ends.
        return !(length > 0 && length <= 4 && char.IsUpper(text[w])) && !(w > 0 && text[w - 1] == '.');
    }
}
