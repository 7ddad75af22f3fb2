using Dossier.Model;
using Dossier.Temporal;

namespace Dossier.Corpus.Records;

/// <summary>
/// The stored form of an undated article's expressions (<see cref="ArticleDating"/>), complete, so that dating it
/// again needs no document: each expression's span, rule (by name, in <see cref="TemporalRuleSet.Default"/>, which
/// the event-merging stage locates with), underspecified value and point, sentence and clause, tense direction and the
/// word before it. Of the article's metadata only the publication day and range are ever read again, and they are
/// the ones the events record holds, so they are written only when they differ.
/// </summary>
internal static class DatingRecordCodec
{
    private static readonly Lazy<Dictionary<string, TemporalRule>> Rules = new(() =>
    {
        var rules = new Dictionary<string, TemporalRule>(StringComparer.Ordinal);
        foreach (var rule in TemporalRuleSet.Default.Rules)
        {
            rules.TryAdd(rule.Name, rule);
        }

        return rules;
    });

    public static void Write(RecordWriter w, ArticleDating dating, DateOnly? published, DateRange? range)
    {
        var metadata = dating.Metadata;
        bool same = metadata.Published == published && metadata.PublishedRange == range;
        w.Bool(same);
        if (!same)
        {
            w.Day(metadata.Published);
            EventsRecordCodec.WriteRange(w, metadata.PublishedRange);
        }

        var previous = (Start: 0, Sentence: 0);
        w.List(dating.Located, (w, l) =>
        {
            var c = l.Candidate;
            if (!Rules.Value.TryGetValue(c.Rule.Name, out var rule) || !ReferenceEquals(rule, c.Rule))
            {
                throw new ArgumentException($"The expression at {c.Start} was found by rule {c.Rule}, which is not the default rule set's: its stored form could not be read back.", nameof(dating));
            }

            w.Int(c.Start - previous.Start);
            w.Int(c.End - c.Start);
            w.String(c.Rule.Name);
            w.String(c.RawValue);
            w.String(c.RawPoint);
            w.Int(l.Clause.SentenceIndex - previous.Sentence);
            w.Int(c.Start - l.Clause.Start);
            w.Int(l.Clause.End - c.End);
            w.Count((int)l.Direction);
            w.String(l.PreviousWord);
            previous = (c.Start, l.Clause.SentenceIndex);
        });
    }

    public static ArticleDating Read(RecordReader r, DateOnly? published, DateRange? range)
    {
        var metadata = new ArticleMetadata { Published = published, PublishedRange = range };
        if (!r.Bool())
        {
            metadata = new ArticleMetadata { Published = r.Day(), PublishedRange = EventsRecordCodec.ReadRange(r) };
        }

        var previous = (Start: 0, Sentence: 0);
        var located = r.List(r =>
        {
            int start = previous.Start + r.Int();
            int end = start + r.Int();
            string name = r.Text();
            var rule = Rules.Value.GetValueOrDefault(name)
                ?? throw new InvalidDataException($"A corpus record names temporal rule {name}, which the rule set does not hold.");
            var candidate = new TimexCandidate(start, end, rule, r.String()) { RawPoint = r.String() };
            int sentence = previous.Sentence + r.Int();
            int clauseStart = start - r.Int();
            int clauseEnd = end + r.Int();
            int direction = r.Count();
            if (!Enum.IsDefined((TemporalDirection)direction))
            {
                throw new InvalidDataException($"A corpus record holds tense direction {direction}.");
            }

            previous = (start, sentence);
            return new LocatedCandidate(candidate, new ClauseContext(sentence, clauseStart, clauseEnd), (TemporalDirection)direction, r.Text());
        });
        return ArticleDating.From(located, metadata);
    }
}
