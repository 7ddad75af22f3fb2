using Dossier.Corpus;
using Dossier.Corpus.EventMerging;
using Dossier.Corpus.Records;
using Dossier.Model;
using Dossier.Temporal;

namespace Dossier.Tests.Corpus.Records;

/// <summary>
/// The codecs write compact forms for what the readers from documents always give (one article per record, words
/// taken from the sentence, dates as parsed, the dating's day and range those of the record); values other than those
/// take the long forms and must still come back exactly.
/// </summary>
public sealed class UnusualRecordTests
{
    [Fact]
    public void Values_the_readers_never_give_still_read_back_exactly()
    {
        var articles = AnnotatedSeeds.Articles();
        var stage = new EventMergingStage();
        var dated = ArticleCorpusRecord.Read(articles.First(a => a.Metadata.Published is not null), stage, new StringPool());
        var undated = ArticleCorpusRecord.Read(articles.First(a => a.Metadata.Published is null), stage, new StringPool());
        var reports = dated.Events.Reports.ToList();
        reports[0] = reports[0] with
        {
            Story = "story:elsewhere",
            Words = new HashSet<string>(["unrelated", "words"], StringComparer.Ordinal),
            Date = new DateConstraint { Earliest = new DateOnly(2024, 7, 1), Latest = new DateOnly(2024, 7, 31), Weekday = DayOfWeek.Friday, Written = "2024-07" },
            DateExpression = reports[0].Evidence.Start - 3,
        };
        var dating = undated.Events.Dating!;
        var otherDating = ArticleDating.From([.. dating.Located], new ArticleMetadata { PublishedRange = new DateRange(new DateOnly(2024, 6, 1), new DateOnly(2024, 6, 30)) });
        var events = new ArticleEvents(dated.Events.Id, null, null, otherDating, [new DatePin(0, "2024-06-12", TemporalDirection.Future)], reports, dated.Events.DateKeys);
        var node = dated.Nodes[0];
        var nodes = dated.Nodes.Skip(1).Prepend(node with
        {
            Article = "another-article",
            Entity = node.Entity with { Roles = [new EntityRole("minister", "IRN", "GOV", "2024", null, "text") { Evidence = new TextSpan(5, 12) }] },
        }).ToList();
        var record = dated with
        {
            Events = events,
            Nodes = nodes,
            Signature = dated.Signature with { Signature = [.. Enumerable.Repeat(ulong.MaxValue, MinHash.Permutations)] },
        };

        var blob = RecordCodecs.Encode(record).Blob;
        var back = RecordCodecs.Decode(blob, record, new StringPool());

        Assert.Equal(RecordDescription.Of(record), RecordDescription.Of(back));
        Assert.Equal(blob, RecordCodecs.Encode(back).Blob);
        Assert.Equal(dating.Located.Count, back.Events.Dating!.Count);
        Assert.Equal(new DateRange(new DateOnly(2024, 6, 1), new DateOnly(2024, 6, 30)), back.Events.Dating.Metadata.PublishedRange);
    }
}
