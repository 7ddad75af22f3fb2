using Dossier.Entities.Ner;

namespace Dossier.Tests.Entities;

public sealed class ConllNerReaderTests
{
    [Theory]
    [InlineData("B-PER I-PER O B-LOC", "PER:0-2 LOC:3-4")]
    [InlineData("I-PER I-PER O I-LOC", "PER:0-2 LOC:3-4")]
    [InlineData("B-PER B-PER", "PER:0-1 PER:1-2")]
    [InlineData("I-ORG I-PER", "ORG:0-1 PER:1-2")]
    [InlineData("O O", "")]
    public void Reads_IOB1_IOB2_and_IO_chunks_as_conlleval_does(string tags, string expected)
    {
        var chunks = ConllNerReader.Chunks(tags.Split(' '));
        Assert.Equal(expected, string.Join(' ', chunks.Select(c => $"{c.Type}:{c.Start}-{c.End}")));
    }

    [Fact]
    public void Splits_documents_at_DOCSTART_and_reads_only_the_first_and_last_columns()
    {
        const string text = "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\n-DOCSTART- -X- -X- O\n\nPeter NNP B-NP B-PER\nBlackburn NNP I-NP I-PER\n";
        var docs = ConllNerReader.Read(new StringReader(text), "t");
        Assert.Equal(2, docs.Count);
        Assert.Equal(["EU", "rejects"], docs[0].Sentences[0].Words);
        Assert.Equal((0, 2, "PER"), docs[1].Sentences[0].Entities[0]);
    }
}
