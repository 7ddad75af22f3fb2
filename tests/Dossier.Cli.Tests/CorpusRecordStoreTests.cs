using Dossier.Corpus;
using Dossier.Corpus.Entities;
using Dossier.Corpus.Records;
using Dossier.Ingest;
using Dossier.Ingest.Sources;
using Dossier.Pipeline;
using Dossier.Storage;
using Dossier.Storage.Sqlite;

namespace Dossier.Cli.Tests;

/// <summary>The store keeps each article's corpus record, and a rebuild reads it instead of loading the document.</summary>
public sealed class CorpusRecordStoreTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dossier-corpus-records-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_rebuild_reads_the_records_the_ingest_kept_and_builds_the_same_snapshot_as_over_the_documents()
    {
        using var store = Ingested();
        var saved = Items(store.LoadCorpus());

        var fromDocuments = new List<string>();
        var again = CorpusService.Build(store, seen: (id, loaded) =>
        {
            if (loaded)
            {
                fromDocuments.Add(id);
            }
        });

        // The ingest kept every article's record as it stored it, so a rebuild loads no document to take one.
        Assert.Empty(fromDocuments);
        Assert.Equal(saved, Items(again));
        var mentions = MentionItems(store);
        Assert.Contains(mentions, i => i.Kind == MentionListing.GramKind);
        Assert.Equal(mentions, MentionItems(again));
        // And the stages over the documents themselves, as before records were kept, give the same snapshot.
        var documents = store.CurrentVersions().Select(v => new CorpusArticle(v.Id, store.LoadDocument(store.Versions(v.Id).Single(r => r.Version == v.Version)))).ToList();
        Assert.Equal(saved, Items(new CorpusBuilder().Build(documents)));
        Assert.Equal(mentions, MentionItems(new CorpusBuilder().Build(documents)));
        Assert.Contains(saved, i => i.Kind == "event");
        Assert.Contains(saved, i => i.Kind == "claim");
    }

    [Fact]
    public void The_ingest_keeps_each_record_it_takes_from_the_annotated_document_as_the_stored_document_gives_it()
    {
        using var store = Ingested();
        var builder = new CorpusBuilder();
        foreach (var version in store.CurrentVersions())
        {
            var stored = store.Versions(version.Id).Single(r => r.Version == version.Version);
            byte[] expected = ArticleCorpusRecordCodec.Encode(builder.Read(new CorpusArticle(version.Id, store.LoadDocument(stored)), new StringPool()));
            Assert.Equal(expected, store.CorpusRecord(version, ArticleCorpusRecordCodec.Producer));
        }

        // A new version of an article gets the new version's record.
        string path = Path.Combine(folder, "changed.txt");
        File.WriteAllText(path, "Peskov said on Thursday that the talks in Astana would go on. Mokhber did not comment.");
        new IngestService(store, () => DefaultPipeline.Create()) { Workers = 1 }.Ingest(new InputReader().Read([path]));
        File.WriteAllText(path, "Peskov said on Friday that the talks in Astana had ended. Mokhber did not comment.");
        var outcome = new IngestService(store, () => DefaultPipeline.Create()) { Workers = 1 }.Ingest(new InputReader().Read([path]));
        Assert.Equal(1, outcome.NewVersions);
        var current = store.FindBySource(path)!;
        Assert.Equal(2, current.Version);
        var record = ArticleCorpusRecordCodec.Decode(store.CorpusRecord(new ArticleVersion(current.Id, 2), ArticleCorpusRecordCodec.Producer)!, current.Id, new StringPool());
        Assert.Equal(MinHash.Signature(store.LoadDocument(current).Text), record.Signature.Signature);
        Assert.NotEqual(MinHash.Signature("Peskov said on Thursday that the talks in Astana would go on. Mokhber did not comment."), record.Signature.Signature);
        Assert.Null(store.CorpusRecord(new ArticleVersion(current.Id, 1), ArticleCorpusRecordCodec.Producer));
    }

    [Fact]
    public void A_damaged_record_or_one_kept_by_another_build_is_taken_again_from_the_document_and_replaced()
    {
        using var store = Ingested();
        var saved = Items(store.LoadCorpus());
        var versions = store.CurrentVersions();
        var (damaged, foreign) = (versions[0], versions[1]);
        byte[] good = store.CorpusRecord(foreign, ArticleCorpusRecordCodec.Producer)!;
        store.SaveCorpusRecords(ArticleCorpusRecordCodec.Producer, [new CorpusRecordBlob(damaged, [1, 7, 7])]);
        store.SaveCorpusRecords("another build", [new CorpusRecordBlob(foreign, good)]);

        var fromDocuments = new List<string>();
        var snapshot = CorpusService.Build(store, seen: (id, loaded) =>
        {
            if (loaded)
            {
                fromDocuments.Add(id);
            }
        });

        Assert.Equal([damaged.Id, foreign.Id], fromDocuments);
        Assert.Equal(saved, Items(snapshot));
        Assert.Equal(MentionItems(store), MentionItems(snapshot));
        Assert.Equal(damaged.Id, ArticleCorpusRecordCodec.Decode(store.CorpusRecord(damaged, ArticleCorpusRecordCodec.Producer)!, damaged.Id, new StringPool()).Id);
        Assert.Equal(good, store.CorpusRecord(foreign, ArticleCorpusRecordCodec.Producer));
    }

    private SqliteArticleStore Ingested()
    {
        var store = SqliteArticleStore.Open(Path.Combine(folder, "store.db"));
        var outcome = new IngestService(store, () => DefaultPipeline.Create()) { Workers = 1 }.Ingest(new InputReader().Read([RepoPaths.Samples]));
        Assert.Equal(5, outcome.Inserted);
        return store;
    }

    /// <summary>
    /// The snapshot's items but the fingerprint of the versions it was built from (a build over documents has none)
    /// and the mention listing (a snapshot loaded from the store has none: <see cref="MentionItems(IArticleStore)"/>),
    /// in the order the store keeps them (a snapshot loaded from the store lists each kind by id).
    /// </summary>
    private static List<(string Kind, string Id, string Json)> Items(CorpusSnapshot snapshot) =>
        [.. CorpusSnapshotJson.ToItems(snapshot).Where(i => i.Kind != CorpusSnapshotJson.BuiltFromKind && !MentionKinds.Contains(i.Kind))
            .OrderBy(i => i.Kind, StringComparer.Ordinal).ThenBy(i => i.Id, StringComparer.Ordinal)];

    private static readonly string[] MentionKinds = [MentionListing.RowKind, MentionListing.FilterKind, MentionListing.NamesKind, MentionListing.GramKind, MentionListing.BuiltKind];

    /// <summary>The mention listing's items of a snapshot built here, in the order the store keeps them.</summary>
    private static List<(string Kind, string Id, string Json)> MentionItems(CorpusSnapshot snapshot) =>
        [.. CorpusSnapshotJson.ToItems(snapshot).Where(i => MentionKinds.Contains(i.Kind)).OrderBy(i => i.Kind, StringComparer.Ordinal).ThenBy(i => i.Id, StringComparer.Ordinal)];

    /// <summary>The mention listing's items the store saved with its snapshot.</summary>
    private static List<(string Kind, string Id, string Json)> MentionItems(IArticleStore store)
    {
        var items = new List<(string Kind, string Id, string Json)>();
        store.ReadCorpusItems(MentionKinds, (kind, id, json) => items.Add((kind, id, json)));
        return [.. items.OrderBy(i => i.Kind, StringComparer.Ordinal).ThenBy(i => i.Id, StringComparer.Ordinal)];
    }
}
