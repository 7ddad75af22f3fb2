using System.Text.Json;
using Dossier.Model;

namespace Dossier.Storage.Sqlite.Tests;

/// <summary>
/// The SQLite store reads a deep page of the whole quote or event listing from the last anchor before it (every
/// <c>AnchorEvery</c>th row of the listing's order) instead of walking from the start: every page must be the page
/// walked from the start, and the anchors must follow the store when this connection or another one writes.
/// </summary>
public sealed partial class SqliteArticleStoreTests
{
    [Fact]
    public void Pages_read_from_anchors_are_the_pages_walked_from_the_start_after_writes_by_either_connection()
    {
        using var store = (SqliteArticleStore)OpenStore();
        // Eight copies of the quoted and evented articles, a day apart, so that the listings run to dozens of rows.
        for (int copy = 0; copy < 8; copy++)
        {
            foreach (var (record, doc) in QuotedArticles().Concat(EventedArticles()))
            {
                Save(store, record, doc, copy, record.Metadata.Published?.AddDays(copy));
            }
        }

        using var walked = SqliteArticleStore.Open(store.Path);
        walked.AnchorEvery = int.MaxValue;
        store.AnchorEvery = 3;
        Same(store, walked);

        // Another connection stores an article that sorts before every other: each row moves one place on.
        var (first, firstDoc) = QuotedArticles()[0];
        Save(walked, first, firstDoc, 100, new DateOnly(2000, 1, 1));
        var (early, earlyDoc) = EventedArticles()[0];
        Save(walked, early, earlyDoc, 100, new DateOnly(2000, 1, 1));
        Same(store, walked);

        // And this connection replaces one: its rows go and come back elsewhere.
        var (again, againDoc) = EventedArticles()[0];
        Save(store, again, againDoc, 3, new DateOnly(2030, 1, 1));
        Same(store, walked);
    }

    private static void Save(SqliteArticleStore store, ArticleRecord record, Document doc, int copy, DateOnly? published)
    {
        var (r, d) = Article($"{record.Id}-{copy}", $"{copy}/{record.Source}", record.Body, $"{record.ContentHash}-{copy}-{published}", published);
        d.Quotes.AddRange(doc.Quotes);
        d.Events.AddRange(doc.Events);
        // Every other copy without an outlet: the speakers' order has nulls in its second column.
        store.Save(r with { Metadata = record.Metadata with { Source = r.Metadata.Source, Published = published, Outlet = copy % 2 == 0 ? record.Metadata.Outlet : null } }, d);
    }

    /// <summary>Every page of both listings (sizes 1 to 7) is the same from both stores.</summary>
    private static void Same(SqliteArticleStore anchored, SqliteArticleStore walked)
    {
        int quotes = walked.ListQuotes(new QuoteFilter(), QuoteOrder.Article, 0, 0).Total;
        int events = walked.ListEvents(new EventFilter(), 0, 0).Total;
        Assert.True(quotes > 30 && events > 30, $"{quotes} quotes and {events} events");
        var all = walked.ListQuotes(new QuoteFilter(), QuoteOrder.Speaker, 0, quotes).Quotes;
        Assert.Contains(all, q => q.Outlet is null);
        Assert.Contains(all, q => q.Outlet is not null);
        Assert.Contains(all, q => q.Speaker is null);
        Assert.True(all.GroupBy(q => q.Speaker).Count(g => g.Select(q => q.Outlet).Distinct().Count() > 1) > 1, "speakers quoted with and without an outlet");
        foreach (int size in new[] { 1, 2, 3, 4, 7 })
        {
            for (int skip = 0; skip <= quotes; skip++)
            {
                foreach (var order in new[] { QuoteOrder.Article, QuoteOrder.Speaker })
                {
                    Assert.Equal(
                        JsonSerializer.Serialize(walked.ListQuotes(new QuoteFilter(), order, skip, size)),
                        JsonSerializer.Serialize(anchored.ListQuotes(new QuoteFilter(), order, skip, size)));
                }
            }

            for (int skip = 0; skip <= events; skip++)
            {
                Assert.Equal(Show(walked.ListEvents(new EventFilter(), skip, size).Events), Show(anchored.ListEvents(new EventFilter(), skip, size).Events));
            }
        }
    }
}
