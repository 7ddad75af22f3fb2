using Dossier.Model;

namespace Dossier.Events.Petrarch;

/// <summary>
/// Runs the coder on PETRARCH validation records (each with its own gold UD parse) and scores the result by the
/// validation script's rules: an expected event is found when a coded event has exactly its code, source and
/// target; every other coded event (null-coded ones aside) is extra; a record expecting no events scores one found
/// event when nothing is coded. Matching is one-to-one.
/// </summary>
public sealed class PetrarchEvaluator
{
    private readonly PetrarchDictionaries dictionaries;
    private readonly EventCoder coder;

    public PetrarchEvaluator(PetrarchDictionaries dictionaries, EventCoderOptions? options = null)
    {
        this.dictionaries = dictionaries ?? throw new ArgumentNullException(nameof(dictionaries));
        coder = new EventCoder(dictionaries.Lexicon, dictionaries.Resolver, options ?? (EventCoderOptions.Petrarch with { Negate = dictionaries.Ontology is { } o ? o.Negate : null }));
    }

    /// <summary>True when the file's environment includes the record's category and the record is evaluated.</summary>
    public static bool IsEvaluated(ValidationFile file, ValidationRecord record)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(record);
        return record.Evaluate
            && (record.Expected.Count > 0 || record.ExpectsNoEvents)
            && (file.Include.Count == 0 || file.Include.Contains(record.Category, StringComparer.Ordinal));
    }

    public ValidationOutcome Evaluate(ValidationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var doc = ConlluDocument.Build(record.Id, record.Parse, record.Date);
        string? discard = dictionaries.Discards?.Find(record.Text);
        var coded = new List<EventMention>();
        if (discard is null)
        {
            for (int s = 0; s < doc.Sentences.Count; s++)
            {
                coded.AddRange(coder.CodeSentence(doc, s, record.Date, null));
            }
        }

        return new ValidationOutcome(record, coded, Score(record, coded), discard);
    }

    public static ValidationScore Score(ValidationRecord record, IReadOnlyList<EventMention> coded)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(coded);
        var score = new ValidationScore { Records = 1 };
        var real = coded.Where(e => !e.Code.StartsWith("---", StringComparison.Ordinal)).ToList();
        if (record.ExpectsNoEvents)
        {
            score.Expected = 1;
            score.Found = real.Count == 0 ? 1 : 0;
            score.Extra = real.Count;
            return score;
        }

        score.Expected = record.Expected.Count;
        var open = record.Expected.ToList();
        var unmatched = new List<EventMention>();
        foreach (var e in real)
        {
            int hit = open.FindIndex(x => string.Equals(x.Code, e.Code, StringComparison.Ordinal) && SameActors(x, e));
            if (hit >= 0)
            {
                open.RemoveAt(hit);
                score.Found++;
                score.DyadMatches++;
                score.ExactCode++;
                score.SameFamily++;
            }
            else
            {
                unmatched.Add(e);
            }
        }

        score.Extra = unmatched.Count;
        foreach (var e in unmatched)
        {
            int hit = open.FindIndex(x => SameActors(x, e));
            if (hit >= 0)
            {
                score.DyadMatches++;
                if (open[hit].Code.Length >= 2 && e.Code.Length >= 2 && string.Equals(open[hit].Code[..2], e.Code[..2], StringComparison.Ordinal))
                {
                    score.SameFamily++;
                }

                open.RemoveAt(hit);
            }
        }

        return score;
    }

    private static bool SameActors(ExpectedEvent x, EventMention e) =>
        string.Equals(x.Source, CodeOf(e.Sources), StringComparison.Ordinal) && string.Equals(x.Target, CodeOf(e.Targets), StringComparison.Ordinal);

    private static string CodeOf(IReadOnlyList<EventActor> actors) => actors.Count == 0 ? "---" : actors[0].Code ?? "---";
}
