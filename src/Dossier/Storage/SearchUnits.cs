using Dossier.Model;

namespace Dossier.Storage;

/// <summary>
/// The spans a store indexes for full-text search: the document's sentences, or, when no sentence splitter ran, its
/// non-blank lines. Every store uses this, so search hits name the same spans whatever the store.
/// </summary>
public static class SearchUnits
{
    public static List<(int Start, int End)> Of(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Sentences.Count > 0)
        {
            return [.. document.Sentences.Select(s => (s.Start, s.End))];
        }

        string text = document.Text;
        var spans = new List<(int, int)>();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                if (i > start && !string.IsNullOrWhiteSpace(text[start..i]))
                {
                    spans.Add((start, i));
                }

                start = i + 1;
            }
        }

        return spans;
    }
}
