using Dossier.Corpus;
using Dossier.Corpus.Dyads;

namespace Dossier.Storage.Conformance;

/// <summary>What a snapshot is saved with for the lists of the web app: the story listing (the start page and <c>/api/stories</c> read it a page at a time) and the country pairs.</summary>
public abstract partial class ArticleStoreConformanceTests
{
    [Fact]
    public void The_story_listing_says_what_the_snapshot_and_the_stored_articles_say_a_page_at_a_time()
    {
        using var store = OpenStore();
        foreach (var (id, outlet, wire, day) in new (string, string?, string?, DateOnly?)[]
        {
            ("a1", "Reuters", null, new DateOnly(2024, 7, 4)), ("a2", null, "AP", new DateOnly(2024, 7, 5)), ("b", "BBC", "AP", new DateOnly(2024, 8, 1)),
            ("c", "Reuters", null, null), ("d", null, null, new DateOnly(2024, 6, 30)), ("x", "Al Jazeera", null, new DateOnly(2025, 1, 2)),
        })
        {
            var (r, d) = Article(id, id + ".txt", "Body of " + id + ".", id, day);
            store.Save(r with { Metadata = r.Metadata with { Outlet = outlet, Wire = wire } }, d);
        }

        store.SaveCorpus(Council);

        var listing = StoryListing.Read(store);
        Assert.NotNull(listing);
        Assert.Equal((3, 6, new DateOnly(2024, 6, 30), new DateOnly(2025, 1, 2)), (listing.Stories, listing.Articles, listing.First, listing.Last));
        Assert.Equal(["AP", "Al Jazeera", "BBC", "Reuters"], listing.Outlets);
        // a2 is a copy of a1; x is in no reporting unit of the snapshot, so it counts as its own.
        Assert.Equal(5, listing.IndependentSources);

        // Most articles first; merged events as StoryEventCounts counts them over the whole snapshot; independent
        // sources by reporting unit (a2 is a copy of a1); outlets of the stored articles (an outlet before a wire).
        var counts = StoryEventCounts.Of(Council);
        var all = StoryListing.All(store, out _)!;
        Assert.Equal(["story:a1", "story:c", "story:e"], all.Select(s => s.Id));
        Assert.Equal([3, 5, 1], all.Select(s => s.Events));
        Assert.Equal(all.Select(s => counts.GetValueOrDefault(s.Id)), all.Select(s => s.Events));
        Assert.Equal([2, 2, 1], all.Select(s => s.IndependentSources));
        Assert.Equal(["AP", "BBC", "Reuters"], all[0].Outlets);
        Assert.Equal(["Reuters"], all[1].Outlets);
        Assert.Empty(all[2].Outlets);
        var council = Council.Stories.Single(s => s.Id == "story:a1");
        Assert.Equal((council.Title, council.First, council.Last), (all[0].Title, all[0].First, all[0].Last));
        Assert.Equal(council.Articles, all[0].Articles);

        Assert.Equal(["story:a1", "story:c"], StoryListing.Page(store, 0, 2, out var marker)!.Select(s => s.Id));
        Assert.Equal(3, marker!.Stories);
        Assert.Equal(["story:e"], StoryListing.Page(store, 2, 5, out _)!.Select(s => s.Id));
        Assert.Empty(StoryListing.Page(store, 3, 5, out _)!);
        Assert.Equal(5, StoryListing.Find(store, "story:c")!.Events);
        Assert.Null(StoryListing.Find(store, "story:nope"));

        // A listing of another layout is no listing: the stories are then made from the snapshot.
        using (var writer = store.WriteCorpus())
        {
            CorpusSnapshotJson.Write(Council, new CorpusItemSink(writer));
            writer.Write(StoryListing.BuiltKind, StoryListing.BuiltId, """{"format":99,"stories":0,"articles":0,"outlets":[]}""");
            writer.Commit();
        }

        Assert.Null(StoryListing.Read(store));
        Assert.Null(StoryListing.Page(store, 0, 2, out _));
        Assert.Null(StoryListing.All(store, out _));
        Assert.Equal(3, store.LoadCorpus().Stories.Count);
    }

    [Fact]
    public void The_country_pairs_saved_with_the_snapshot_sum_up_the_pairs_made_from_its_events()
    {
        using var store = OpenStore();
        store.SaveCorpus(Council);
        var made = DyadTrends.CountryPairs(Council).Select(DyadPair.Of).ToList();
        // Aragorn and Gondor: two events in July 2024, one dated only to 2024 and one undated; the denied and the
        // planned events count nowhere.
        var saved = DyadPairs.Load(store);
        Assert.Equal(new DyadPair[] { new("ARN", "GON", 1, 2, 2), new("ARN", "ROH", 1, 1, 0), new("GON", "ROH", 1, 1, 0) }, saved);
        Assert.Equal(made, saved);

        // A list of another layout is not read: the pairs are made from the events, the same.
        using (var writer = store.WriteCorpus())
        {
            CorpusSnapshotJson.Write(Council, new CorpusItemSink(writer));
            writer.Write(DyadPairs.BuiltKind, DyadPairs.BuiltId, """{"format":99,"pairs":0}""");
            writer.Write(DyadPairs.Kind, "ARN GON", """{"a":"ARN","b":"GON","months":9,"events":9,"unplaced":9}""");
            writer.Commit();
        }

        Assert.Equal(made, DyadPairs.Load(store));
    }
}
