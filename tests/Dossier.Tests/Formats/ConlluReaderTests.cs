using Dossier.Formats.Conllu;

namespace Dossier.Tests.Formats;

public sealed class ConlluReaderTests
{
    private const string Sample = """
        # newdoc id = d1
        # sent_id = s1
        # text = I don't know.
        1	I	I	PRON	PRP	_	4	nsubj	_	_
        2-3	don't	_	_	_	_	_	_	_	_
        2	do	do	AUX	VBP	_	4	aux	_	_
        3	n't	not	PART	RB	_	4	advmod	_	_
        4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
        4.1	knew	know	VERB	VBD	_	_	_	_	_
        5	.	.	PUNCT	.	_	4	punct	_	_

        """;

    [Fact]
    public void Reads_words_multiword_tokens_and_comments()
    {
        var sentence = Assert.Single(ConlluReader.Read(new StringReader(Sample.Replace("\r", "", StringComparison.Ordinal))));

        Assert.Equal(5, sentence.Words.Count);
        Assert.Equal(["I", "don't", "know", "."], sentence.Tokens.Select(t => t.Form));
        Assert.Equal((1, 2), (sentence.Tokens[1].FirstWord, sentence.Tokens[1].LastWord));
        Assert.False(sentence.Tokens[2].SpaceAfter);
        Assert.Equal("d1", sentence.DocumentId);
        Assert.Equal(0, sentence.Words[3].Head);
        Assert.Equal("I don't know.", sentence.Text);
    }
}
