using Dossier.Model;

namespace Dossier.Temporal;

/// <summary>
/// The date a sentence speaks of, for events and quotes that take their date from their sentence: the first
/// calendar DATE or TIME expression in it (cut to its date), or the point a counted span reaches ("two days later"
/// after July 1 is July 3), or null when it has none. Nothing is carried over from
/// other sentences, so an undated sentence stays undated rather than borrowing a neighbour's date.
/// </summary>
public static class SentenceDates
{
    public static string? For(Document document, int sentence)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var t in document.Timexes)
        {
            if (t.Sentence == sentence && t.CalendarValue is { } v)
            {
                string date = v.Split('T')[0];
                if (NarrativeAnchor.From(date) is not null)
                {
                    return date;
                }
            }
        }

        return null;
    }
}
