using Dossier.Corpus.Timelines;
using Dossier.Model;

namespace Dossier.Evaluation.Timelines;

/// <summary>
/// Scores timeline building on Timeline17 as news-tls does: for each gold timeline, build a system timeline over the
/// topic's articles with the gold timeline's date range, number of dates and average sentences per date; score date
/// F1 (exact day) and ROUGE-1/2 (concat, agreement, align m:1); average over all gold timelines.
/// </summary>
public sealed class Timeline17Evaluator
{
    private readonly Pipeline.Pipeline pipeline;
    private readonly DateWiseTimelineBuilder builder = new();

    public Timeline17Evaluator(Pipeline.Pipeline pipeline) => this.pipeline = pipeline;

    public double PublicationWeight { get; init; } = 0.5;

    public double KeywordBoost { get; init; } = 1.0;

    /// <summary>Raised once per topic with its name, for progress display.</summary>
    public event Action<string>? TopicStarted;

    public IReadOnlyList<TimelineScore> Evaluate(IEnumerable<string> topicFolders)
    {
        ArgumentNullException.ThrowIfNull(topicFolders);
        var scores = new List<TimelineScore>();
        foreach (string folder in topicFolders)
        {
            var topic = Timeline17Topic.Load(folder);
            TopicStarted?.Invoke(topic.Name);
            var documents = topic.Articles.Select(a => new Document(a.Id, a.Text, new ArticleMetadata { Source = a.Id, Published = a.Published })).ToArray();
            Parallel.ForEach(documents, d => pipeline.Process(d));
            for (int t = 0; t < topic.Timelines.Count; t++)
            {
                scores.Add(Score(topic, t, documents));
            }
        }

        return scores;
    }

    private TimelineScore Score(Timeline17Topic topic, int index, Document[] documents)
    {
        var gold = topic.Timelines[index];
        var request = new TimelineRequest(gold.Start, gold.End, gold.Entries.Count, gold.SentencesPerDate, topic.Keywords)
        {
            PublicationWeight = PublicationWeight,
            KeywordBoost = KeywordBoost,
        };
        var system = builder.Build(documents, request)
            .Select(e => new TimelineEntry(e.Date, [.. e.Sentences.Select(s => s.Text)]))
            .ToList();
        var goldDates = gold.Entries.Select(e => e.Date).ToHashSet();
        int hits = system.Count(e => goldDates.Contains(e.Date));
        double p = system.Count == 0 ? 0 : hits / (double)system.Count;
        double r = hits / (double)goldDates.Count;
        return new TimelineScore(topic.Name, index, goldDates.Count, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r),
            Rouge.Concat(system, gold.Entries, 1), Rouge.Concat(system, gold.Entries, 2),
            Rouge.Agreement(system, gold.Entries, 1), Rouge.Agreement(system, gold.Entries, 2),
            Rouge.AlignManyToOne(system, gold.Entries, 1), Rouge.AlignManyToOne(system, gold.Entries, 2));
    }
}
