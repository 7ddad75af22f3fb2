using Dossier.Ingest.Queue;
using Dossier.Model;

namespace Dossier.Storage.Postgres.Tests;

/// <summary>The work queue's guarantees: no job taken twice while leased, expired leases taken over, idempotent enqueue.</summary>
public sealed class PostgresWorkQueueTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(5);

    [Fact]
    public void An_input_queued_twice_with_the_same_content_is_one_job_and_new_content_is_another()
    {
        using var queue = PostgresWorkQueue.Open(server.NewSchema());

        Assert.Equal(2, queue.Enqueue([Item("a.txt", "one"), Item("b.txt", "two")]));
        Assert.Equal(1, queue.Enqueue([Item("a.txt", "one"), Item("a.txt", "one, revised")]));
        Assert.Equal(new QueueCounts(3, 0, 0, 0), queue.Counts());
    }

    [Fact]
    public void Workers_claiming_at_once_never_get_the_same_job()
    {
        string db = server.NewSchema();
        using (var setup = PostgresWorkQueue.Open(db))
        {
            setup.Enqueue(Enumerable.Range(0, 200).Select(i => Item($"{i}.txt", "text " + i)));
        }

        var claimed = Enumerable.Range(0, 4).AsParallel().WithDegreeOfParallelism(4).Select(w =>
        {
            using var queue = PostgresWorkQueue.Open(db);
            var mine = new List<long>();
            for (IReadOnlyList<ClaimedJob> jobs; (jobs = queue.Claim("w" + w, 7, Long)).Count > 0;)
            {
                mine.AddRange(jobs.Select(j => j.Id));
            }

            return mine;
        }).ToList();

        var all = claimed.SelectMany(c => c).ToList();
        Assert.Equal(200, all.Count);
        Assert.Equal(200, all.Distinct().Count());
    }

    [Fact]
    public void A_job_whose_lease_ran_out_is_taken_by_another_worker_and_a_heartbeat_keeps_it()
    {
        using var queue = PostgresWorkQueue.Open(server.NewSchema());
        queue.Enqueue([Item("dead.txt", "x"), Item("alive.txt", "y")]);
        var dead = Assert.Single(queue.Claim("dead", 1, TimeSpan.FromMilliseconds(300)));
        var alive = Assert.Single(queue.Claim("alive", 1, TimeSpan.FromMilliseconds(300)));

        Thread.Sleep(150);
        Assert.Equal(1, queue.Heartbeat("alive", TimeSpan.FromMinutes(1)));
        Thread.Sleep(400);
        var taken = Assert.Single(queue.Claim("other", 5, Long));

        Assert.Equal(dead.Id, taken.Id);
        Assert.Equal(2, taken.Attempts);
        Assert.NotEqual(alive.Id, taken.Id);
    }

    [Fact]
    public void A_failed_job_is_retried_then_failed_for_good_and_released_jobs_are_waiting_again()
    {
        using var queue = PostgresWorkQueue.Open(server.NewSchema());
        queue.Enqueue([Item("a.txt", "a"), Item("b.txt", "b")]);
        var jobs = queue.Claim("w", 2, Long);

        queue.Fail("w", jobs[0].Id, "boom", retry: true);
        queue.Release("w", [jobs[1].Id]);
        Assert.Equal(new QueueCounts(2, 0, 0, 0), queue.Counts());

        var again = queue.Claim("w", 2, Long);
        Assert.Equal([2, 1], again.Select(j => j.Attempts));
        queue.Fail("w", again[0].Id, "boom", retry: false);
        queue.Complete(again[1].Id, "b", SaveOutcome.Inserted);
        Assert.Equal(new QueueCounts(0, 0, 1, 1), queue.Counts());
    }

    [Fact]
    public void A_worker_stores_every_queued_article_once_and_a_second_run_changes_nothing()
    {
        string db = server.NewSchema();
        using var queue = PostgresWorkQueue.Open(db);
        using var store = PostgresArticleStore.Open(db);
        queue.Enqueue(Enumerable.Range(0, 30).Select(i => Item($"in/{i}.txt", $"Headline {i}\n\nBody of article {i}. It has two sentences.")));
        var options = new WorkerOptions { Once = true, Lease = TimeSpan.FromSeconds(10), Batch = 4 };

        var first = new QueueWorker(queue, store, Dossier.Pipeline.DefaultPipeline.Create(), options).Run(CancellationToken.None);
        queue.Enqueue(Enumerable.Range(0, 30).Select(i => Item($"in/{i}.txt", $"Headline {i}\n\nBody of article {i}. It has two sentences.")));
        var second = new QueueWorker(queue, store, Dossier.Pipeline.DefaultPipeline.Create(), options).Run(CancellationToken.None);

        Assert.Equal((30, 0), (first.Inserted, first.Failures.Count));
        Assert.Equal(0, second.Done);
        Assert.Equal(30, store.ListArticles().Count);
        Assert.Contains("Body of article 7.", store.FindArticle("in/7.txt")!.Body, StringComparison.Ordinal);
        Assert.Equal(new QueueCounts(0, 0, 30, 0), queue.Counts());
    }

    [Fact]
    public async Task Workers_running_a_corpus_stage_after_their_batches_give_it_each_landed_article_once()
    {
        string db = server.NewSchema();
        using (var setup = PostgresWorkQueue.Open(db))
        {
            setup.Enqueue(Enumerable.Range(0, 60).Select(i => Item($"corpus/{i}.txt", $"Story {i}\n\nSomething happened, {i}.")));
        }

        var seen = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var stage = new CorpusUpdate("stories", changes => { foreach (var c in changes) { seen.Enqueue(c.ArticleId); } });
        var workers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            using var queue = PostgresWorkQueue.Open(db);
            using var store = PostgresArticleStore.Open(db);
            using var feed = PostgresChangeFeed.Open(db);
            var options = new WorkerOptions { Once = true, Batch = 5, Lease = TimeSpan.FromSeconds(30) };
            return new QueueWorker(queue, store, Dossier.Pipeline.DefaultPipeline.Create(), options) { CorpusUpdates = [stage], ChangeFeed = feed }
                .Run(CancellationToken.None);
        })).ToArray();
        var summaries = await Task.WhenAll(workers);

        // The last drains may lag behind transactions still open elsewhere on the server: catch up as a worker would.
        using (var feed = PostgresChangeFeed.Open(db))
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            while (seen.Count < 60 && watch.Elapsed < TimeSpan.FromSeconds(60))
            {
                feed.Drain("stories", stage.Apply);
                Thread.Sleep(20);
            }
        }

        Assert.Equal(60, summaries.Sum(s => s.Inserted));
        Assert.Equal(60, seen.Count);
        Assert.Equal(60, seen.Distinct().Count());
    }

    private static WorkItem Item(string source, string text) =>
        new(source, text, new ArticleMetadata { Source = source }, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))));
}
