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
