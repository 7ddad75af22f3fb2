using Dossier.Model;

namespace Dossier.Web.Storage;

/// <summary>
/// The units an article is cited by: its sentences when a sentence splitter ran, else its non-blank lines (the same
/// units the store indexes for search), so evidence links work before and after the splitter lands.
/// </summary>
internal static class TextUnits
{
    public static IReadOnlyList<TextSpan> Of(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (doc.Sentences.Count > 0)
        {
            return [.. doc.Sentences.Select(s => s.Span)];
        }

        var spans = new List<TextSpan>();
        int start = 0;
        string text = doc.Text;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                if (i > start && !string.IsNullOrWhiteSpace(text[start..i]))
                {
                    spans.Add(new TextSpan(start, i));
                }

                start = i + 1;
            }
        }

        return spans;
    }

    /// <summary>What a unit is called on the pages.</summary>
    public static string Name(Document doc) => doc.Sentences.Count > 0 ? "sentence" : "paragraph";

    /// <summary>The unit that contains an offset, or the span itself when none does.</summary>
    public static TextSpan Around(Document doc, TextSpan span)
    {
        foreach (var unit in Of(doc))
        {
            if (unit.Contains(span.Start))
            {
                return unit;
            }
        }

        return span;
    }
}
