using Dossier.Corpus;
using Dossier.Corpus.EventMerging;

namespace Dossier.Tests.Corpus;

public sealed class ReportPartitionsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(25)]
    public void Merging_partition_by_partition_from_encoded_reports_gives_the_events_of_merging_them_all_at_once(int encodeAbove)
    {
        var articles = AnnotatedSeeds.Articles();
        var whole = new CorpusBuilder().Build(articles);
        var partitioned = new CorpusBuilder(new EventMergingStage { EncodeReportsAbove = encodeAbove }).Build(articles);

        Assert.True(whole.Events.Count > 20, $"the seeds merge into {whole.Events.Count} events");
        Assert.Contains(whole.Events, e => e.Articles.Count > 1);
        Assert.Equal(CorpusSnapshotJson.ToItems(whole), CorpusSnapshotJson.ToItems(partitioned));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    public void Merging_groups_of_linked_reports_one_at_a_time_gives_the_events_of_merging_each_partition_whole(int groupSize)
    {
        var articles = AnnotatedSeeds.Articles();
        var whole = new CorpusBuilder().Build(articles);
        var grouped = new CorpusBuilder(new EventMergingStage { EncodeReportsAbove = 0, MergeGroupSize = groupSize }).Build(articles);

        Assert.Contains(whole.Events, e => e.Articles.Count > 1);
        Assert.Equal(CorpusSnapshotJson.ToItems(whole), CorpusSnapshotJson.ToItems(grouped));
    }

    [Fact]
    public void Linked_groups_keep_every_event_whole_and_divide_a_partition_by_actor_and_period()
    {
        var stage = new EventMergingStage();
        var reports = AnnotatedSeeds.Articles().SelectMany(a => stage.Read(a).Reports).ToList();
        var largest = reports.GroupBy(ReportPartitions.KeyOf).MaxBy(g => g.Count())!.ToList();
        var links = new ReportLinks(id => id);
        largest.ForEach(links.Note);

        var (groups, count) = links.Groups(1);
        var clusters = new EventMerger().Merge(largest, id => id);

        Assert.Equal(largest.Count, groups.Length);
        Assert.True(count > largest.Count / 4, $"{largest.Count} reports in {count} groups");
        Assert.Contains(clusters, c => c.Members.Count > 1);
        var groupOf = new Dictionary<EventReport, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < largest.Count; i++)
        {
            groupOf[largest[i]] = groups[i];
        }

        Assert.All(clusters, c => Assert.Single(c.Members.Select(m => groupOf[m]).Distinct()));
        // Packed up to a size, whole components together: a group of 1,000 takes them all.
        Assert.Equal(1, links.Groups(1000).Count);
    }

    [Fact]
    public void Reports_are_kept_encoded_by_cue_category_and_modality_class_once_there_are_more_than_the_limit()
    {
        var stage = new EventMergingStage();
        var records = AnnotatedSeeds.Articles().Select(a => stage.Read(a)).ToList();
        var reports = records.SelectMany(r => r.Reports).ToList();
        using var small = new ReportPartitions(encodeAbove: reports.Count);
        using var large = new ReportPartitions(encodeAbove: 10);
        // Every article's part of a partition written to the temporary file at once, as a chunk of its own.
        using var spilled = new ReportPartitions(encodeAbove: 10, chunkBytes: 1);
        for (int i = 0; i < records.Count; i++)
        {
            small.Add(i, records[i].Reports);
            large.Add(i, records[i].Reports);
            spilled.Add(i, records[i].Reports);
        }

        Assert.False(small.Partitioned);
        Assert.True(large.Partitioned);
        Assert.Equal(0, large.SpilledBytes);
        Assert.True(spilled.SpilledBytes > 1000, $"{spilled.SpilledBytes} bytes spilled");
        var keys = reports.Select(ReportPartitions.KeyOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Assert.True(keys.Count > 3, string.Join(", ", keys));
        Assert.Equal(keys, large.Keys);
        foreach (string key in keys)
        {
            var read = large.Read(key, _ => false).SelectMany(e => e.Reports).ToList();
            Assert.All(read, r => Assert.Equal(key, ReportPartitions.KeyOf(r)));
            Assert.Equal(reports.Count(r => ReportPartitions.KeyOf(r) == key), read.Count);
            // Read back from the file: the same articles, in the same order, with the same reports.
            Assert.Equal(
                large.Read(key, _ => false).SelectMany(e => e.Reports.Select(r => Describe(e.Article, r))),
                spilled.Read(key, _ => false).SelectMany(e => e.Reports.Select(r => Describe(e.Article, r))));
            Assert.Equal(
                large.Read(key, a => a % 2 == 0).Select(e => e.Article),
                spilled.Read(key, a => a % 2 == 0).Select(e => e.Article));
        }

        Assert.Empty(large.Read(keys[0], _ => true));
    }

    private static string Describe(int article, EventReport r) =>
        $"{article} {r.Article} {r.Sentence} {r.Trigger.Start}-{r.Trigger.End} {r.Code} {r.Modality} {r.Date?.Value()} {r.SentenceText} [{string.Join(' ', r.Words)}] [{string.Join(' ', r.Mentioned)}] [{string.Join(' ', r.Participants.Select(p => p.Id))}]";
}
