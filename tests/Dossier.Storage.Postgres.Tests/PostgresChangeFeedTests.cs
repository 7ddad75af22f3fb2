using System.Collections.Concurrent;

namespace Dossier.Storage.Postgres.Tests;

/// <summary>The change feed gives each consumer every landed article exactly once while saves and drains run at once.</summary>
public sealed class PostgresChangeFeedTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task Consumers_draining_while_articles_land_see_each_change_exactly_once()
    {
        string db = server.NewSchema();
        using var store = PostgresArticleStore.Open(db);
        using var feed = PostgresChangeFeed.Open(db);
        var seen = new ConcurrentBag<long>();
        var other = new ConcurrentBag<long>();
        using var saving = new CancellationTokenSource();

        var drainers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            while (!saving.IsCancellationRequested)
            {
                feed.Drain("stories", changes => changes.ToList().ForEach(c => seen.Add(c.Seq)));
                feed.Drain("claims", changes => changes.ToList().ForEach(c => other.Add(c.Seq)));
            }
        })).ToArray();
        Parallel.For(0, 150, new ParallelOptions { MaxDegreeOfParallelism = 3 }, i =>
        {
            var (r, d) = TestArticles.Make("a" + i, $"src/{i}.txt", $"Article number {i} landed.", "h" + i);
            store.Save(r, d);
        });
        saving.Cancel();
        await Task.WhenAll(drainers);
        // A drain takes only changes below the oldest transaction still running anywhere on the server, so it may lag
        // behind for as long as other work keeps a transaction open: drain until caught up, then check nothing is extra.
        CatchUp(feed, "stories", seen, 150);
        CatchUp(feed, "claims", other, 150);
        Assert.Equal(0, feed.Drain("stories", changes => changes.ToList().ForEach(c => seen.Add(c.Seq))));

        Assert.Equal(150, seen.Count);
        Assert.Equal(150, seen.Distinct().Count());
        Assert.Equal(seen.Order(), other.Order());
    }

    [Fact]
    public void A_failing_consumer_sees_the_same_changes_again()
    {
        string db = server.NewSchema();
        using var store = PostgresArticleStore.Open(db);
        using var feed = PostgresChangeFeed.Open(db);
        var (r, d) = TestArticles.Make("a1", "x.txt", "One article.", "h");
        store.Save(r, d);

        var failed = new List<long>();
        var redone = new ConcurrentBag<long>();
        WaitUntil(() =>
        {
            try
            {
                feed.Drain("stories", c =>
                {
                    failed.AddRange(c.Select(x => x.Seq));
                    throw new InvalidOperationException("stage failed");
                });
            }
            catch (InvalidOperationException)
            {
            }

            return failed.Count > 0;
        });
        CatchUp(feed, "stories", redone, 1);

        Assert.Equal(failed, redone);
    }

    private static void CatchUp(PostgresChangeFeed feed, string consumer, ConcurrentBag<long> seen, int expected) =>
        WaitUntil(() =>
        {
            feed.Drain(consumer, changes => changes.ToList().ForEach(c => seen.Add(c.Seq)));
            return seen.Count >= expected;
        });

    private static void WaitUntil(Func<bool> done)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!done())
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), "the change feed did not catch up in 60 s");
            Thread.Sleep(20);
        }
    }
}
