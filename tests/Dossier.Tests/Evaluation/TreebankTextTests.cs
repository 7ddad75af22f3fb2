using Dossier.Evaluation;

namespace Dossier.Tests.Evaluation;

public sealed class TreebankTextTests
{
    private const string Conllu = """
        # newdoc id = GUM_news_test
        # newpar
        # text = Iran's talks
        1-2	Iran's	_	_	_	_	_	_	_	_
        1	Iran	Iran	PROPN	NNP	_	3	nmod	_	_
        2	's	's	PART	POS	_	1	case	_	_
        3	talks	talk	NOUN	NNS	_	0	root	_	_

        # text = They didn't end.
        1	They	they	PRON	PRP	_	3	nsubj	_	_
        2-3	didn't	_	_	_	_	_	_	_	_
        2	did	do	AUX	VBD	_	4	aux	_	_
        3	n't	not	PART	RB	_	4	advmod	_	_
        4	end	end	VERB	VB	_	0	root	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	4	punct	_	_

        # newpar
        # text = Next
        1	Next	next	ADV	RB	_	0	root	_	_

        # newdoc id = other
        # text = Skipped
        1	Skipped	skip	VERB	VBN	_	0	root	_	_

        """;

    [Fact]
    public void Rebuilds_text_with_spaces_between_sentences_and_newlines_between_paragraphs()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, Conllu.Replace("\r\n", "\n", StringComparison.Ordinal));

            var document = TreebankText.Read(path, "GUM_news").Single();

            Assert.Equal("GUM_news_test", document.Id);
            Assert.Equal("Iran's talks They didn't end.\nNext", document.Text);
            Assert.Equal([12, 29, 34], document.SentenceEnds);
            Assert.Equal(["Iran's", "talks", "They", "didn't", "end", ".", "Next"], document.Tokens.Select(t => t.Slice(document.Text)));
            Assert.Equal(["Iran", "'s", "talks", "They", "did", "n't", "end", ".", "Next"], document.Words.Select(t => t.Slice(document.Text)));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
