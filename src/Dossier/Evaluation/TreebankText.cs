using System.Text;
using Dossier.Formats.Conllu;
using Dossier.Model;

namespace Dossier.Evaluation;

/// <summary>
/// Rebuilds raw text from CoNLL-U: within a sentence, surface tokens are joined by a space unless MISC says
/// <c>SpaceAfter=No</c>; sentences of one paragraph are joined by one space (whatever the last token's SpaceAfter);
/// paragraphs (<c># newpar</c>) by one newline; each <c># newdoc</c> starts a new document. Syntactic words of a
/// multiword token get their own spans when their forms spell the token ("do" + "n't" = "don't"), else the token's.
/// </summary>
public static class TreebankText
{
    /// <summary>The documents of a CoNLL-U file whose <c>newdoc id</c> starts with <paramref name="prefix"/> (all when null).</summary>
    public static IEnumerable<TreebankDocument> Read(string path, string? prefix = null)
    {
        string? id = null;
        var text = new StringBuilder();
        var ends = new List<int>();
        var tokens = new List<TextSpan>();
        var words = new List<TextSpan>();
        int counter = 0;
        foreach (var sentence in ConlluReader.ReadFile(path))
        {
            if (sentence.StartsDocument || id is null)
            {
                if (id is not null && Wanted(id, prefix) && ends.Count > 0)
                {
                    yield return new TreebankDocument(id, text.ToString(), [.. ends], [.. tokens], [.. words]);
                }

                id = sentence.DocumentId ?? $"{Path.GetFileName(path)}#{++counter}";
                text.Clear();
                ends.Clear();
                tokens.Clear();
                words.Clear();
            }
            else
            {
                text.Append(sentence.StartsParagraph ? '\n' : ' ');
            }

            Append(sentence, text, tokens, words);
            ends.Add(text.Length);
        }

        if (id is not null && Wanted(id, prefix) && ends.Count > 0)
        {
            yield return new TreebankDocument(id, text.ToString(), [.. ends], [.. tokens], [.. words]);
        }
    }

    private static bool Wanted(string id, string? prefix) => prefix is null || id.StartsWith(prefix, StringComparison.Ordinal);

    private static void Append(ConlluSentence sentence, StringBuilder text, List<TextSpan> tokens, List<TextSpan> words)
    {
        for (int t = 0; t < sentence.Tokens.Count; t++)
        {
            var token = sentence.Tokens[t];
            int start = text.Length;
            text.Append(token.Form);
            tokens.Add(new TextSpan(start, text.Length));
            AppendWords(sentence, token, start, words);
            if (token.SpaceAfter && t + 1 < sentence.Tokens.Count)
            {
                text.Append(' ');
            }
        }

    }

    private static void AppendWords(ConlluSentence sentence, ConlluToken token, int start, List<TextSpan> words)
    {
        if (token.FirstWord == token.LastWord)
        {
            words.Add(new TextSpan(start, start + token.Form.Length));
            return;
        }

        int length = 0;
        for (int w = token.FirstWord; w <= token.LastWord; w++)
        {
            length += sentence.Words[w].Form.Length;
        }

        bool spells = length == token.Form.Length;
        int offset = 0;
        for (int w = token.FirstWord; w <= token.LastWord && spells; w++)
        {
            string form = sentence.Words[w].Form;
            spells = string.Compare(token.Form, offset, form, 0, form.Length, StringComparison.OrdinalIgnoreCase) == 0;
            offset += form.Length;
        }

        if (!spells)
        {
            words.Add(new TextSpan(start, start + token.Form.Length));
            return;
        }

        int position = start;
        for (int w = token.FirstWord; w <= token.LastWord; w++)
        {
            int length1 = sentence.Words[w].Form.Length;
            words.Add(new TextSpan(position, position + length1));
            position += length1;
        }
    }
}
