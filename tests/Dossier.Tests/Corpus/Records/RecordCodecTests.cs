using Dossier.Corpus;
using Dossier.Corpus.Records;
using Dossier.Corpus.EventMerging;
using Xunit.Abstractions;

namespace Dossier.Tests.Corpus.Records;

/// <summary>
/// The record codecs on the five annotated seed articles (two undated, with their expressions and pins): each record
/// read back from its bytes holds what it held, writes the same bytes again, shares what the readers from documents
/// share, and the corpus build over the records read back gives the snapshot the build over the originals gives.
/// </summary>
public sealed class RecordCodecTests(ITestOutputHelper output)
{
    [Fact]
    public void Seed_records_read_back_hold_the_same_write_the_same_bytes_and_build_the_same_snapshot()
    {
        var articles = AnnotatedSeeds.Articles();

        var decoded = RoundTrip.Check(articles, output);

        Assert.Contains(decoded, r => r.Events.Dating is { Count: > 0 } && r.Events.Pins.Count > 0);
        Assert.Contains(decoded, r => r.Events.Dating is not null && r.Events.Reports.Count > 0);
        Assert.Contains(decoded, r => r.Events.Reports.Count > 0 && r.Events.Dating is null);
    }

    [Fact]
    public void Reports_read_back_share_sentences_participants_dates_and_pooled_words_as_the_reader_does()
    {
        var articles = AnnotatedSeeds.Articles();
        var stage = new EventMergingStage();
        var pool = new StringPool();
        foreach (var a in articles.Where(a => a.Metadata.Published is not null))
        {
            var record = ArticleCorpusRecord.Read(a, stage, new StringPool());
            var back = RecordCodecs.Decode(RecordCodecs.Encode(record).Blob, record, pool).Events.Reports;
            var original = record.Events.Reports;

            Assert.Equal(original.Count, back.Count);
            Assert.Contains(original, r => original.Count(o => ReferenceEquals(o.Words, r.Words)) > 1);
            Assert.Contains(original, r => r.Date is not null);
            for (int i = 0; i < original.Count; i++)
            {
                for (int j = 0; j < original.Count; j++)
                {
                    Assert.Equal(ReferenceEquals(original[i].Words, original[j].Words), ReferenceEquals(back[i].Words, back[j].Words));
                    Assert.Equal(ReferenceEquals(original[i].Mentioned, original[j].Mentioned), ReferenceEquals(back[i].Mentioned, back[j].Mentioned));
                    Assert.Equal(ReferenceEquals(original[i].Date, original[j].Date), ReferenceEquals(back[i].Date, back[j].Date));
                    Assert.Equal(
                        original[i].Participants.SelectMany(p => original[j].Participants, ReferenceEquals).Count(x => x),
                        back[i].Participants.SelectMany(p => back[j].Participants, ReferenceEquals).Count(x => x));
                }

                Assert.Equal(original[i].Words.GetType(), back[i].Words.GetType());
                Assert.Equal(original[i].Mentioned.GetType(), back[i].Mentioned.GetType());
                Assert.All(back[i].Words, w => Assert.Same(pool.Share(w), w));
                Assert.Same(pool.Share(back[i].SentenceText), back[i].SentenceText);
            }
        }
    }
}
