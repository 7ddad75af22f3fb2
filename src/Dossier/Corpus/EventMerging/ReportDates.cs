using Dossier.Model;

namespace Dossier.Corpus.EventMerging;

/// <summary>
/// The date each sentence's events happened, as the events stage reads it (<see cref="Dossier.Events.EventDates"/>):
/// the sentence's own DATE expression, else the last one before it; with the start of the expression it came from
/// when it is the sentence's own, so that a date established later for that expression can be traced back to it.
/// </summary>
internal static class ReportDates
{
    public static (string? Value, int Expression)[] BySentence(Document document, IReadOnlyList<TimexMention> timexes)
    {
        var own = new (string? Value, int Expression)[document.Sentences.Count];
        foreach (var t in timexes.OrderBy(t => t.Start))
        {
            // A counted span's point ("two days later" after July 1) dates its sentence as a DATE would.
            if (t.DatingValue is not { } value)
            {
                continue;
            }

            int s = t.Sentence >= 0 ? t.Sentence : document.SentenceAt(t.Start);
            if (s >= 0 && s < own.Length && own[s].Value is null)
            {
                own[s] = (value, t.Start);
            }
        }

        var result = new (string? Value, int Expression)[own.Length];
        string? narrative = null;
        for (int s = 0; s < own.Length; s++)
        {
            result[s] = own[s].Value is not null ? own[s] : (narrative, -1);
            narrative = own[s].Value ?? narrative;
        }

        return result;
    }
}
