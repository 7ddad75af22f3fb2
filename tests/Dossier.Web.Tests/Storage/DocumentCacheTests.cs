using Dossier.Storage.Sqlite;
using Dossier.Web.Storage;

namespace Dossier.Web.Tests.Storage;

/// <summary>The pages' document cache keeps the documents used last, not every document read.</summary>
[Collection(SeedCollection.Name)]
public sealed class DocumentCacheTests(SeedStore seeds)
{
    [Fact]
    public void Only_the_documents_used_last_are_kept_and_counts_agree_with_the_documents()
    {
        using var store = SqliteArticleStore.Open(seeds.CopyDb());
        var cache = new DocumentCache(store, capacity: 2);
        var articles = store.ListArticles();
        Assert.Equal(5, articles.Count);

        var first = cache.Document(articles[0]);
        var second = cache.Document(articles[1]);
        Assert.Same(first, cache.Document(articles[0]));
        // A third document pushes out the one used longest ago (the second), not the first, used again since.
        cache.Document(articles[2]);
        Assert.Same(first, cache.Document(articles[0]));
        Assert.NotSame(second, cache.Document(articles[1]));

        foreach (var a in articles)
        {
            var doc = cache.Document(a);
            Assert.Equal((doc.Entities.Count, doc.Quotes.Count, doc.Events.Count), (cache.Counts(a).Entities, cache.Counts(a).Quotes, cache.Counts(a).Events));
            Assert.Equal(cache.Counts(a), store.CountAnnotations(a));
        }

        Assert.True(articles.Sum(a => cache.Counts(a).Events) > 0, "the seeds have no events");
    }
}
