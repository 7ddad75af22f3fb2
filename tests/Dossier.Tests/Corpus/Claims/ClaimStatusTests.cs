using Dossier.Corpus.Claims;

namespace Dossier.Tests.Corpus.Claims;

public sealed class ClaimStatusTests
{
    private static Stance S(string by, string position) => new(null, by, position, new ArticleEvidence("a", 0, 0, string.Empty));

    [Theory]
    [InlineData("A:asserts", "asserted")]
    [InlineData("A:denies", "denied")]
    [InlineData("A:asserts B:denies", "disputed")]
    [InlineData("A:confirms B:denies", "disputed")]
    [InlineData("A:asserts B:confirms", "confirmed")]
    [InlineData("A:questions", "unresolved")]
    [InlineData("A:asserts A:retracts", "unresolved")]
    [InlineData("A:asserts A:retracts B:asserts", "asserted")]
    [InlineData("A:asserts A:retracts B:denies", "denied")]
    public void Status_follows_from_the_stances(string stances, string status)
    {
        var list = stances.Split(' ').Select(x => x.Split(':')).Select(p => S(p[0], p[1])).ToList();

        Assert.Equal(status, ClaimStatus.Of(list));
    }
}
