using Dossier.Model;

namespace Dossier.Web.Storage;

/// <summary>
/// The units an article is cited by: its sentences when a sentence splitter ran, else its non-blank lines (the same
/// units the store indexes for search), so evidence links work before and after the splitter lands.
/// </summary>
internal static class TextUnits
{
    public static IReadOnlyList<TextSpan> Of(Document doc) => [.. Dossier.Storage.SearchUnits.Of(doc).Select(u => new TextSpan(u.Start, u.End))];

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
