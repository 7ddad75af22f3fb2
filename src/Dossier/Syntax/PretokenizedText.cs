using System.Text;
using Dossier.Model;

namespace Dossier.Syntax;

/// <summary>
/// Builds a document from words already split into sentences (contract §1, <c>tokens</c>): the text is the words
/// joined by single spaces, sentences by newlines, and the tokens are exactly those words.
/// </summary>
public static class PretokenizedText
{
    public static Document Create(string id, IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var text = new StringBuilder();
        var tokens = new List<Token>();
        var spans = new List<Sentence>();
        for (int s = 0; s < sentences.Count; s++)
        {
            if (s > 0)
            {
                text.Append('\n');
            }

            int sentenceStart = text.Length;
            int first = tokens.Count;
            for (int i = 0; i < sentences[s].Count; i++)
            {
                if (i > 0)
                {
                    text.Append(' ');
                }

                string word = sentences[s][i];
                if (word.Length == 0)
                {
                    throw new ArgumentException($"DOS0215: sentence {s} word {i} is empty; pre-tokenized input needs non-empty words.", nameof(sentences));
                }

                tokens.Add(new Token(text.Length, text.Length + word.Length, s));
                text.Append(word);
            }

            spans.Add(new Sentence(sentenceStart, text.Length, first, tokens.Count - first));
        }

        var document = new Document(id, text.ToString());
        document.SetTokens([.. tokens], [.. spans]);
        return document;
    }
}
