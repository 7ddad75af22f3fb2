using Dossier.Syntax;

namespace Dossier.Tests.Syntax;

public sealed class LemmatizerTests
{
    [Theory]
    [InlineData("said", "VBD", "say")]
    [InlineData("says", "VBZ", "say")]
    [InlineData("met", "VBD", "meet")]
    [InlineData("signed", "VBD", "sign")]
    [InlineData("signing", "VBG", "sign")]
    [InlineData("denied", "VBD", "deny")]
    [InlineData("denies", "VBZ", "deny")]
    [InlineData("strengthened", "VBD", "strengthen")]
    [InlineData("was", "VBD", "be")]
    [InlineData("were", "VBD", "be")]
    [InlineData("has", "VBZ", "have")]
    [InlineData("took", "VBD", "take")]
    [InlineData("held", "VBN", "hold")]
    [InlineData("children", "NNS", "child")]
    [InlineData("agreements", "NNS", "agreement")]
    [InlineData("countries", "NNS", "country")]
    [InlineData("Iran", "NNP", "Iran")]
    [InlineData("The", "DT", "the")]
    [InlineData("n't", "RB", "not")]
    public void Lemmatizes_with_the_shipped_tables(string form, string xpos, string lemma)
    {
        Assert.Equal(lemma, SyntaxModels.Default.Lemmatizer.Lemmatize(form, xpos));
    }

    [Theory]
    [InlineData("sanctioned", "VBD", "sanction")]
    [InlineData("blorfed", "VBD", "blorf")]
    [InlineData("zorbifying", "VBG", "zorbify")]
    [InlineData("glimmicks", "NNS", "glimmick")]
    public void Suffix_rules_cover_words_never_seen(string form, string xpos, string lemma)
    {
        Assert.Equal(lemma, SyntaxModels.Default.Lemmatizer.Lemmatize(form, xpos));
    }
}
