using Dossier.Corpus;
using Dossier.Corpus.Claims;
using Dossier.Corpus.Entities;
using Dossier.Corpus.EventMerging;
using Dossier.Model;

namespace Dossier.Tests.Corpus;

/// <summary>
/// The corpus builder reads each stage's record of an article (claims, signature, terms, entity nodes, event reports)
/// from its full document as it streams past and keeps no document; on the five seed articles (two of them undated,
/// their ranges narrowed by the others) that must give the snapshot the stages give over the full documents.
/// </summary>
public sealed class StreamingCorpusBuildTests
{
    private static List<CorpusArticle> Articles() => AnnotatedSeeds.Articles();

    [Fact]
    public void Stages_over_documents_without_tags_give_the_snapshot_the_full_documents_give()
    {
        var articles = Articles();

        var streamed = new CorpusBuilder().Build(articles);
        var full = FullDocumentBuild(articles);

        Assert.NotEmpty(full.PublishedRanges);
        Assert.NotEmpty(full.Claims);
        Assert.NotEmpty(full.Mentions!);
        Assert.Equal(CorpusSnapshotJson.ToItems(full).ToList(), CorpusSnapshotJson.ToItems(streamed).ToList());
    }

    [Fact]
    public void Only_undated_articles_that_get_pins_are_loaded_again_once_for_their_events_and_once_for_their_claims()
    {
        var articles = Articles();
        var byId = articles.ToDictionary(a => a.Id, a => a.Document, StringComparer.Ordinal);
        var reloaded = new List<string>();

        var snapshot = new CorpusBuilder().Build(articles.AsEnumerable(), id =>
        {
            reloaded.Add(id);
            return byId[id];
        });

        // Event merging reads the reports of a pinned article again (its dates change between rounds), the claims
        // those of an article whose range was narrowed (pins narrow it); nothing is loaded twice by one stage.
        Assert.NotEmpty(snapshot.PublishedRanges);
        Assert.All(snapshot.PublishedRanges.Keys, id => Assert.Equal(2, reloaded.Count(r => r == id)));
        Assert.All(reloaded, id => Assert.Null(byId[id].Metadata.Published));
        Assert.All(reloaded.GroupBy(r => r, StringComparer.Ordinal), g => Assert.InRange(g.Count(), 1, 2));
    }

    [Fact]
    public void Articles_out_of_id_order_are_refused()
    {
        var articles = Articles();
        articles.Reverse();

        var error = Assert.Throws<ArgumentException>(() => new CorpusBuilder().Build(articles.AsEnumerable(), _ => throw new InvalidOperationException()));

        Assert.StartsWith("DOS0803", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The stages run in order over the full documents, as the builder ran them before it streamed.</summary>
    private static CorpusSnapshot FullDocumentBuild(List<CorpusArticle> ordered)
    {
        var dup = new DuplicateDetector().Detect(ordered);
        var stories = new StoryClusterer().Cluster(ordered);
        var (resolved, outcomes) = EntityDecisionApplier.Apply(new CorpusEntityResolver().Resolve(ordered), []);
        var merged = new EventMergingStage().Run(ordered, dup, stories);
        var snapshot = new CorpusSnapshot(dup.DuplicateOf, dup.UnitOf, stories) { Entities = resolved, DecisionOutcomes = outcomes }.WithEvents(merged);
        var (claims, agreements) = ClaimsAndAgreements.Default.Build(ordered, snapshot.IndependentSources, merged.PublishedRanges);
        return snapshot with { Claims = claims, Agreements = agreements, Mentions = MentionListing.FromDocuments(ordered.Select(a => (a.Id, a.Document))) };
    }
}
