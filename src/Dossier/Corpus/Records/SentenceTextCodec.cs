using System.Text;

namespace Dossier.Corpus.Records;

/// <summary>
/// A report's sentence in its stored form: its runs of letters and of other characters, each through the record's
/// string table, so that a word the record holds already (a story term, a name, an earlier sentence's word) costs a
/// reference, not its letters. The single space between two words, by far the most common run, is left out: two runs
/// of letters are never adjacent in a text, so two word tokens in a row stand for words with one space between.
/// </summary>
internal static class SentenceTextCodec
{
    public static void Write(RecordWriter w, string text)
    {
        var runs = new List<string>();
        int start = 0;
        for (int i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || char.IsLetter(text[i]) != char.IsLetter(text[start]))
            {
                runs.Add(text[start..i]);
                start = i;
            }
        }

        var tokens = new List<string>(runs.Count);
        for (int i = 0; i < runs.Count; i++)
        {
            bool impliedSpace = runs[i] == " " && i > 0 && i + 1 < runs.Count && char.IsLetter(runs[i - 1][0]) && char.IsLetter(runs[i + 1][0]);
            if (!impliedSpace)
            {
                tokens.Add(runs[i]);
            }
        }

        w.List(tokens, static (w, t) => w.String(t));
    }

    public static string Read(RecordReader r)
    {
        var text = new StringBuilder();
        bool afterWord = false;
        foreach (string token in r.List(static r => r.Text()))
        {
            if (token.Length == 0)
            {
                throw new InvalidDataException("A corpus record holds an empty run of a sentence.");
            }

            bool word = char.IsLetter(token[0]);
            if (word && afterWord)
            {
                text.Append(' ');
            }

            text.Append(token);
            afterWord = word;
        }

        return r.Pool.Share(text.ToString());
    }
}
