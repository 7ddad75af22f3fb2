using Dossier.Corpus;
using Dossier.Corpus.Entities;
using Dossier.Corpus.EventMerging;
using Dossier.Corpus.Records;
using Dossier.Storage;

namespace Dossier.Tests.Corpus.Records;

/// <summary>
/// The units with entities an article's corpus record keeps for the evidence view (<see cref="ArticleEntityUnits"/>):
/// taken from the seed documents, they name each sentence's resolved mentions, and read back from the record's bytes
/// they are what was taken.
/// </summary>
public sealed class EntityUnitsRecordTests
{
    [Fact]
    public void Each_seed_sentence_with_a_resolved_mention_is_kept_with_its_ids_in_the_order_they_first_occur()
    {
        foreach (var article in AnnotatedSeeds.Articles())
        {
            var doc = article.Document;
            var units = ArticleEntityUnits.Of(doc).Units;
            var sentences = SearchUnits.Of(doc);

            var expected = sentences
                .Select(s => (s.Start, s.End, Ids: doc.Entities.Where(m => m.EntityId is not null && s.Start <= m.Start && m.End <= s.End).Select(m => m.EntityId!).Distinct().ToList()))
                .Where(s => s.Ids.Count > 0)
                .ToList();
            Assert.Equal(expected.Select(s => (s.Start, s.End, string.Join(' ', s.Ids))), units.Select(u => (u.Start, u.End, string.Join(' ', u.Entities))));
        }

        var astana = AnnotatedSeeds.Articles().SelectMany(a => ArticleEntityUnits.Of(a.Document).Units.Select(u => (a.Document.Text[u.Start..u.End], u.Entities)))
            .Single(u => u.Item1.StartsWith("Mokhber and Putin met on Thursday in Astana", StringComparison.Ordinal));
        Assert.Contains("ent:person:vladimir-putin", astana.Entities);
    }

    [Fact]
    public void The_units_read_back_from_a_seed_record_are_those_taken_from_its_document()
    {
        var stage = new EventMergingStage();
        int units = 0;
        foreach (var article in AnnotatedSeeds.Articles())
        {
            var record = ArticleCorpusRecord.Read(article, stage, new StringPool());
            byte[] data = ArticleCorpusRecordCodec.Encode(record);

            var back = ArticleCorpusRecordCodec.Read(data, article.Id, CorpusRecordPart.Units, EntityUnitsRecordCodec.Read, new StringPool());
            var whole = ArticleCorpusRecordCodec.Decode(data, article.Id, new StringPool());

            Assert.Equal(Describe(record.Units), Describe(back));
            Assert.Equal(Describe(record.Units), Describe(whole.Units));
            Assert.Equal(Describe(ArticleEntityUnits.Of(article.Document)), Describe(back));
            units += back.Units.Count;
        }

        Assert.True(units > 50, $"{units} units with entities in the five seeds");
    }

    [Fact]
    public void A_mention_across_two_sentences_belongs_to_neither()
    {
        var article = AnnotatedSeeds.Articles()[0];
        var doc = article.Document;
        var sentences = SearchUnits.Of(doc);
        var (first, second) = (sentences[0], sentences[1]);
        var across = new Dossier.Model.Document(doc.Id, doc.Text, doc.Metadata);
        across.SetTokens([.. doc.Tokens], [.. doc.Sentences]);
        across.Entities.Add(new Dossier.Model.EntityMention(first.End - 2, second.Start + 2, "PERSON", "ent:person:across"));
        across.Entities.Add(new Dossier.Model.EntityMention(second.Start, second.Start + 1, "PERSON", "ent:person:inside"));
        across.Entities.Add(new Dossier.Model.EntityMention(second.Start, second.Start + 1, "PERSON"));

        var unit = Assert.Single(ArticleEntityUnits.Of(across).Units);
        Assert.Equal((second.Start, second.End, "ent:person:inside"), (unit.Start, unit.End, string.Join(' ', unit.Entities)));
    }

    [Fact]
    public void The_units_are_read_from_a_record_s_first_bytes_however_many_are_given_first()
    {
        var stage = new EventMergingStage();
        var article = AnnotatedSeeds.Articles()[0];
        var record = ArticleCorpusRecord.Read(article, stage, new StringPool());
        // Units of more than the first read's 4,096 bytes, so that a second, longer read is needed.
        var many = new ArticleEntityUnits([.. Enumerable.Range(0, 900).Select(i => new EntityUnit(i * 10, i * 10 + 9, ["ent:person:" + (i % 50), "ent:gpe:IRN"]))]);
        foreach (var (units, reads) in new[] { (record.Units, 1), (many, 2) })
        {
            byte[] data = ArticleCorpusRecordCodec.Encode(record with { Units = units });
            var asked = new List<int>();
            var back = ArticleCorpusRecordCodec.ReadFirst(n => { asked.Add(n); return data[..Math.Min(n, data.Length)]; }, article.Id, CorpusRecordPart.Units, EntityUnitsRecordCodec.Read, new StringPool());

            Assert.Equal(Describe(units), Describe(back!));
            Assert.Equal(reads, asked.Count);
            Assert.True(asked[^1] < data.Length, $"read {asked[^1]} of {data.Length} bytes");
        }

        byte[] whole = ArticleCorpusRecordCodec.Encode(record);
        Assert.Null(ArticleCorpusRecordCodec.ReadFirst(_ => null, article.Id, CorpusRecordPart.Units, EntityUnitsRecordCodec.Read, new StringPool()));
        // A later part is read from as many bytes as reach its end; a record of another article or cut short is damaged.
        Assert.Equal(record.Mentions.Mentions.Count, ArticleCorpusRecordCodec.ReadFirst(n => whole[..Math.Min(n, whole.Length)], article.Id, CorpusRecordPart.Mentions, MentionsRecordCodec.Read, new StringPool())!.Mentions.Count);
        var other = Assert.Throws<InvalidDataException>(() => ArticleCorpusRecordCodec.ReadFirst(n => whole[..Math.Min(n, whole.Length)], "another", CorpusRecordPart.Units, EntityUnitsRecordCodec.Read, new StringPool()));
        Assert.StartsWith("DOS0812", other.Message, StringComparison.Ordinal);
        var cut = Assert.Throws<InvalidDataException>(() => ArticleCorpusRecordCodec.ReadFirst(n => whole[..Math.Min(n, 40)], article.Id, CorpusRecordPart.Units, EntityUnitsRecordCodec.Read, new StringPool()));
        Assert.StartsWith("DOS0812", cut.Message, StringComparison.Ordinal);
    }

    private static List<string> Describe(ArticleEntityUnits units) => [.. units.Units.Select(u => $"{u.Start}-{u.End}: {string.Join(' ', u.Entities)}")];
}
