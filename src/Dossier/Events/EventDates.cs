using System.Globalization;
using Dossier.Model;

namespace Dossier.Events;

/// <summary>
/// The date each sentence's events happened: the sentence's own DATE expression with a value (or the point of a
/// counted span, "two days later"), else the narrative time (the last such expression in an earlier sentence), else
/// null. Never the report date by default.
/// </summary>
public static class EventDates
{
    public static string?[] BySentence(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var own = new string?[document.Sentences.Count];
        foreach (var t in document.Timexes.OrderBy(t => t.Start))
        {
            if (t.DatingValue is not { } value)
            {
                continue;
            }

            int s = t.Sentence >= 0 ? t.Sentence : document.SentenceAt(t.Start);
            if (s >= 0 && s < own.Length)
            {
                own[s] ??= value;
            }
        }

        var result = new string?[own.Length];
        string? narrative = null;
        for (int s = 0; s < own.Length; s++)
        {
            result[s] = own[s] ?? narrative;
            narrative = own[s] ?? narrative;
        }

        return result;
    }

    /// <summary>
    /// The year of a past event's year-less month (<c>XXXX-01</c>, "joined in January") from the article's publication
    /// day or range: the latest such month not after publication, when every day of the range gives the same year;
    /// else null. Future and hypothetical events are left as they are.
    /// </summary>
    public static string? WithYear(EventMention e, ArticleMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(metadata);
        if (e.Date is not { Length: 7 } value || !value.StartsWith("XXXX-", StringComparison.Ordinal) || e.Modality is Modality.Future or Modality.Hypothetical
            || !int.TryParse(value.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out int month) || month is < 1 or > 12)
        {
            return null;
        }

        DateOnly? from = metadata.Published ?? metadata.PublishedRange?.Earliest, to = metadata.Published ?? metadata.PublishedRange?.Latest;
        if (from is not { } a || to is not { } b)
        {
            return null;
        }

        int Year(DateOnly d) => month <= d.Month ? d.Year : d.Year - 1;
        return Year(a) == Year(b) ? string.Create(CultureInfo.InvariantCulture, $"{Year(a):D4}-{month:D2}") : null;
    }

    /// <summary>The day of a full TimeML date value (<c>2024-07-04</c>), or null for coarser or partial values.</summary>
    public static DateOnly? Day(string? value) =>
        value is { Length: 10 } && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
