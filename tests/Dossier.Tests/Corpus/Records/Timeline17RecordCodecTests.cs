using Dossier.Corpus;
using Dossier.Evaluation.Timelines;
using Dossier.Model;
using Dossier.Pipeline;
using Xunit.Abstractions;

namespace Dossier.Tests.Corpus.Records;

/// <summary>
/// The record codecs on real news beyond the seeds: two dozen Timeline17 articles of the Libya war (Reuters), every third
/// one stored undated so that its expressions are kept too, round-trip as the seeds do.
/// </summary>
public sealed class Timeline17RecordCodecTests(ITestOutputHelper output)
{
    [Fact]
    public void Timeline17_records_read_back_hold_the_same_write_the_same_bytes_and_build_the_same_snapshot()
    {
        var articles = Articles(24);

        var decoded = RoundTrip.Check(articles, output);

        Assert.Contains(decoded, r => r.Events.Dating is { Count: > 0 });
        Assert.True(decoded.Sum(r => r.Events.Reports.Count) > 50);
    }

    private static List<CorpusArticle> Articles(int count)
    {
        string folder = Path.Combine(Dossier.Tests.Entities.SharedPaths.Data(), "timeline17", "LibyaWar_reuters");
        Assert.True(Directory.Exists(folder), $"{folder} is missing: the tests need ../shared/data beside the checkout (or DOSSIER_DATA).");
        var pipeline = DefaultPipeline.Create();
        var articles = new List<CorpusArticle>();
        foreach (var (a, i) in Timeline17Topic.Load(folder).Articles.OrderBy(a => a.Id, StringComparer.Ordinal).Take(count).Select((a, i) => (a, i)))
        {
            var doc = new Document(a.Id, a.Text, new ArticleMetadata { Source = a.Id, Published = i % 3 == 2 ? null : a.Published });
            pipeline.Process(doc);
            articles.Add(new CorpusArticle(doc.Id, doc));
        }

        return articles;
    }
}
