using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Dossier.Contracts;
using Dossier.Corpus;
using Dossier.Corpus.Timelines;
using Dossier.Model;
using Dossier.Storage;
using Dossier.Storage.Sqlite;

namespace Dossier.Benchmarks.Store;

/// <summary>
/// What <c>dossier timeline --format json</c> and the web app's <c>/api/timeline</c> cost over a large store: both read
/// the corpus snapshot (<c>LoadCorpus</c>: merged events, stories, entities, claims) and build the timeline from all
/// of it, whatever the number of stored articles. The corpus stages load every article's document, so they cannot
/// build a snapshot of 100,000 articles here; snapshots of the first k distinct articles (whose first copies the
/// store holds under the same ids) are built instead, saved, and the timeline read back from the store k by k.
/// </summary>
internal static class CorpusTimelineBenchmark
{
    public static void Run(SqliteArticleStore store, IReadOnlyList<Document> distinct, IReadOnlyList<int> counts, int runs)
    {
        Console.WriteLine("| distinct articles in the snapshot | merged events | timeline entries | build + save the snapshot s | timeline (LoadCorpus + build + JSON) p50 / p99 ms | of which LoadCorpus p50 / p99 ms |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
        foreach (int k in counts.Where(k => k <= distinct.Count))
        {
            // The store's first copies are scale-0 … scale-(distinct-1), copies of the distinct articles in order.
            var articles = distinct.Take(k).Select((d, i) => new CorpusArticle("scale-" + i.ToString(CultureInfo.InvariantCulture), d)).ToList();
            var watch = Stopwatch.StartNew();
            var snapshot = new CorpusBuilder().Build(articles);
            store.SaveCorpus(snapshot);
            double built = watch.Elapsed.TotalSeconds;
            var times = new List<double>();
            var loads = new List<double>();
            int entries = 0;
            for (int i = -3; i < runs; i++)
            {
                watch.Restart();
                var corpus = store.LoadCorpus();
                double loaded = watch.Elapsed.TotalMilliseconds;
                var timeline = EventTimeline.Build(corpus, new TimelineQuery());
                using (var w = new Utf8JsonWriter(Stream.Null))
                {
                    TimelineJsonWriter.Write(w, timeline);
                }

                entries = timeline.Count;
                if (i >= 0)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                    loads.Add(loaded);
                }
            }

            times.Sort();
            loads.Sort();
            Console.WriteLine(FormattableString.Invariant(
                $"| {k} | {snapshot.Events.Count:N0} | {entries:N0} | {built:0.0} | {Percentiles.Of(times, 50):0.0} / {Percentiles.Of(times, 99):0.0} | {Percentiles.Of(loads, 50):0.0} / {Percentiles.Of(loads, 99):0.0} |"));
        }
    }
}
