using System.Runtime.CompilerServices;
using Dossier.Ingest;
using Dossier.Ingest.Sources;
using Dossier.Pipeline;
using Dossier.Storage;
using Dossier.Storage.Sqlite;

namespace Dossier.Cli.Tests;

public sealed class IngestServiceTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dossier-ingest-service-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_pipeline_is_made_when_an_article_needs_it_and_is_not_kept_after_the_ingest()
    {
        using var store = SqliteArticleStore.Open(Path.Combine(folder, "store.db"));
        var made = new List<WeakReference<Dossier.Pipeline.Pipeline>>();
        var service = new IngestService(store, () => Track(made)) { Workers = 1 };

        var first = service.Ingest(new InputReader().Read([RepoPaths.Samples]));
        var again = service.Ingest(new InputReader().Read([RepoPaths.Samples]));

        Assert.Equal(5, first.Inserted);
        Assert.Equal(5, again.Unchanged);
        // Asked for once, by the first ingest: the second found every article stored already.
        Assert.Single(made);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Assert.False(made[0].TryGetTarget(out _), "the service still holds the pipeline after the ingest (and so during the corpus rebuild)");
        Assert.NotEmpty(store.LoadCorpus().Stories);
    }

    [Fact]
    public void A_snapshot_left_stale_by_an_unfinished_rebuild_is_rebuilt_by_the_next_ingest_that_stores_nothing()
    {
        using var store = SqliteArticleStore.Open(Path.Combine(folder, "store.db"));
        var service = new IngestService(store, () => DefaultPipeline.Create()) { Workers = 1 };
        service.Ingest(new InputReader().Read([RepoPaths.Samples]));
        Assert.False(Dossier.Corpus.CorpusService.IsStale(store));

        // What a run that stored an article and was then killed before its rebuild leaves behind.
        var stored = store.ListArticles()[0];
        var copy = stored with { Id = "copy-of-" + stored.Id, Metadata = stored.Metadata with { Source = "elsewhere/copy.txt" }, ContentHash = "copy" };
        store.Save(copy, store.LoadDocument(stored));
        Assert.True(Dossier.Corpus.CorpusService.IsStale(store));
        Assert.DoesNotContain(copy.Id, store.LoadCorpus().UnitOf.Keys);

        var again = service.Ingest(new InputReader().Read([RepoPaths.Samples]));

        Assert.Equal(5, again.Unchanged);
        Assert.Contains(copy.Id, store.LoadCorpus().UnitOf.Keys);
        Assert.False(Dossier.Corpus.CorpusService.IsStale(store));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Dossier.Pipeline.Pipeline Track(List<WeakReference<Dossier.Pipeline.Pipeline>> made)
    {
        var pipeline = DefaultPipeline.Create();
        made.Add(new WeakReference<Dossier.Pipeline.Pipeline>(pipeline));
        return pipeline;
    }
}
