using System.Globalization;
using Dossier.Model;

namespace Dossier.Events;

/// <summary>
/// The date each sentence's events happened: the sentence's own DATE expression with a value, else the narrative
/// time (the last such expression in an earlier sentence), else null. Never the report date by default.
/// </summary>
public static class EventDates
{
    public static string?[] BySentence(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var own = new string?[document.Sentences.Count];
        foreach (var t in document.Timexes.OrderBy(t => t.Start))
        {
            if (!string.Equals(t.Type, "DATE", StringComparison.Ordinal) || t.Value is null || t.Value.StartsWith('P') || t.Value.Contains("REF", StringComparison.Ordinal))
            {
                continue;
            }

            int s = t.Sentence >= 0 ? t.Sentence : document.SentenceAt(t.Start);
            if (s >= 0 && s < own.Length)
            {
                own[s] ??= t.Value;
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

    /// <summary>The day of a full TimeML date value (<c>2024-07-04</c>), or null for coarser or partial values.</summary>
    public static DateOnly? Day(string? value) =>
        value is { Length: 10 } && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
