using Dossier.Corpus;
using Dossier.Corpus.Records;

namespace Dossier.Tests.Corpus;

public sealed class ArticleCorpusRecordCodecTests
{
    [Fact]
    public void Each_seed_record_decodes_to_a_record_that_encodes_to_the_same_bytes_and_builds_the_same_snapshot()
    {
        var builder = new CorpusBuilder();
        var articles = AnnotatedSeeds.Articles();
        var records = articles.Select(a => builder.Read(a, new StringPool())).ToList();
        var pool = new StringPool();
        var decoded = new List<ArticleCorpusRecord>();
        foreach (var record in records)
        {
            byte[] bytes = ArticleCorpusRecordCodec.Encode(record);
            var back = ArticleCorpusRecordCodec.Decode(bytes, record.Id, pool);
            Assert.Equal(bytes, ArticleCorpusRecordCodec.Encode(back));
            decoded.Add(back);
        }

        var byId = articles.ToDictionary(a => a.Id, a => a.Document, StringComparer.Ordinal);
        Assert.Equal(
            CorpusSnapshotJson.ToItems(builder.Build(articles)),
            CorpusSnapshotJson.ToItems(builder.Build(decoded, id => byId[id])));
    }

    [Fact]
    public void A_record_that_is_damaged_or_another_articles_is_refused_with_the_article_named()
    {
        var article = AnnotatedSeeds.Articles()[0];
        byte[] bytes = ArticleCorpusRecordCodec.Encode(new CorpusBuilder().Read(article, new StringPool()));

        var other = Assert.Throws<InvalidDataException>(() => ArticleCorpusRecordCodec.Decode(bytes, "some-other-article", new StringPool()));
        Assert.Contains("DOS0812", other.Message, StringComparison.Ordinal);
        Assert.Contains("some-other-article", other.Message, StringComparison.Ordinal);
        Assert.Contains(article.Id, other.Message, StringComparison.Ordinal);

        var cut = Assert.Throws<InvalidDataException>(() => ArticleCorpusRecordCodec.Decode(bytes[..(bytes.Length / 2)], article.Id, new StringPool()));
        Assert.Contains(article.Id, cut.Message, StringComparison.Ordinal);
        var longer = Assert.Throws<InvalidDataException>(() => ArticleCorpusRecordCodec.Decode([.. bytes, 0], article.Id, new StringPool()));
        Assert.Contains($"its parts take {bytes.Length} bytes, but it has {bytes.Length + 1}", longer.Message, StringComparison.Ordinal);
        var changed = (byte[])bytes.Clone();
        changed[^1] ^= 0x20;
        var letter = Assert.Throws<InvalidDataException>(() => ArticleCorpusRecordCodec.Decode(changed, article.Id, new StringPool()));
        Assert.Contains("does not match its checksum", letter.Message, StringComparison.Ordinal);
    }
}
