using System.Text.Json;
using Dossier.Corpus;
using Dossier.Corpus.Records;
using Dossier.Temporal;

namespace Dossier.Tests.Corpus.Records;

/// <summary>
/// Every field of a record's four coded parts as JSON (sets in their iteration order, an undated article's expressions
/// field by field), so that two records compare by what they hold, not by reference.
/// </summary>
internal static class RecordDescription
{
    public static string Of(ArticleCorpusRecord record)
    {
        var e = record.Events;
        return JsonSerializer.Serialize(new
        {
            record.Id,
            record.Undated,
            record.Signature,
            record.Terms,
            record.Nodes,
            Events = new
            {
                e.Id,
                e.Published,
                e.PublishedRange,
                Dating = e.Dating is null ? null : Dating(e.Dating),
                e.Pins,
                e.DateKeys,
                Reports = e.Reports.Select(r => new
                {
                    r.Article,
                    r.Sentence,
                    r.Trigger,
                    r.Code,
                    r.Modality,
                    r.Evidence,
                    r.Sources,
                    r.Targets,
                    r.Location,
                    r.LocationCountry,
                    r.Date,
                    r.DateExpression,
                    r.Story,
                    r.Published,
                    Mentioned = r.Mentioned.ToArray(),
                    r.SentenceText,
                    Words = r.Words.ToArray(),
                }),
            },
        });
    }

    private static object Dating(ArticleDating dating) => new
    {
        dating.Metadata.Published,
        dating.Metadata.PublishedRange,
        Located = dating.Located.Select(l => new
        {
            l.Candidate.Start,
            l.Candidate.End,
            Rule = l.Candidate.Rule.Name,
            Shared = ReferenceEquals(l.Candidate.Rule, TemporalRuleSet.Default.Rules.First(x => x.Name == l.Candidate.Rule.Name)),
            l.Candidate.RawValue,
            l.Candidate.RawPoint,
            l.Clause,
            l.Direction,
            l.PreviousWord,
        }),
    };
}
