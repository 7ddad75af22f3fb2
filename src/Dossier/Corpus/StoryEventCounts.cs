using Dossier.Corpus.EventMerging;

namespace Dossier.Corpus;

/// <summary>
/// How many merged events each story has: those with a report in one of its articles. Counted in one pass over the
/// events (each looks its articles' stories up), not one pass per story, so a store of tens of thousands of stories and
/// millions of events is counted in the time it takes to read the events once.
/// </summary>
public static class StoryEventCounts
{
    /// <summary>The count of every story of <paramref name="corpus"/> over its merged events (a story without events is absent).</summary>
    public static IReadOnlyDictionary<string, int> Of(CorpusSnapshot corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var counter = new Counter(corpus);
        foreach (var e in corpus.Events)
        {
            counter.Add(e);
        }

        return counter.Counts;
    }

    /// <summary>
    /// The same over a store's saved snapshot, its merged events streamed (<see cref="CorpusSnapshotJson.Load"/>);
    /// <paramref name="corpus"/> is the snapshot read, without its events and entities.
    /// </summary>
    public static IReadOnlyDictionary<string, int> Load(Storage.IArticleStore store, out CorpusSnapshot corpus)
    {
        ArgumentNullException.ThrowIfNull(store);
        Counter? counter = null;
        corpus = CorpusSnapshotJson.Load(store, CorpusParts.Core, core => (counter = new Counter(core)).Add);
        return counter!.Counts;
    }

    private sealed class Counter
    {
        private readonly Dictionary<string, List<string>> storiesOf = new(StringComparer.Ordinal);
        private readonly HashSet<string> seen = new(StringComparer.Ordinal);

        public Counter(CorpusSnapshot corpus)
        {
            foreach (var story in corpus.Stories)
            {
                foreach (string article in story.Articles)
                {
                    if (!storiesOf.TryGetValue(article, out var stories))
                    {
                        storiesOf.Add(article, stories = []);
                    }

                    stories.Add(story.Id);
                }
            }
        }

        public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

        public void Add(MergedEvent e)
        {
            seen.Clear();
            foreach (string article in e.Articles)
            {
                foreach (string story in storiesOf.GetValueOrDefault(article) ?? [])
                {
                    if (seen.Add(story))
                    {
                        Counts[story] = Counts.GetValueOrDefault(story) + 1;
                    }
                }
            }
        }
    }
}
