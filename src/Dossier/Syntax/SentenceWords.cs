using Dossier.Model;

namespace Dossier.Syntax;

/// <summary>The token texts of one sentence of a document.</summary>
internal static class SentenceWords
{
    public static string[] Of(Document document, Sentence sentence)
    {
        var words = new string[sentence.TokenCount];
        for (int i = 0; i < words.Length; i++)
        {
            words[i] = document.TokenText(sentence.FirstToken + i);
        }

        return words;
    }
}
