using Dossier.Resources;

namespace Dossier.Corpus.Records;

/// <summary>
/// An event report's sentence words as <see cref="EventMerging.EventReportReader"/> takes them from the sentence's
/// text (letters runs of four or more, lower case, not stopwords, in first-occurrence order), so that a stored report
/// need not spell its words out after its sentence. The writer checks that they come out the same before it leaves
/// them out, so a difference between this and the reader costs bytes, never exactness.
/// </summary>
internal static class SentenceWords
{
    private static readonly Lazy<HashSet<string>> Stopwords = new(() =>
        [.. ResourceFile.Load(ResourceLocator.Resource("en", "corpus", "stopwords.txt")).Lines.Select(l => l.Text.Trim())]);

    /// <summary>The words in the order the reader adds them to its set.</summary>
    public static List<string> Of(string text, StringPool? pool)
    {
        var words = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int w = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && w < 0)
            {
                w = i;
            }
            else if (!letter && w >= 0)
            {
                if (i - w >= 4)
                {
                    string word = text[w..i].ToLowerInvariant();
                    if (!Stopwords.Value.Contains(word) && seen.Add(word))
                    {
                        words.Add(pool is null ? word : pool.Share(word));
                    }
                }

                w = -1;
            }
        }

        return words;
    }
}
