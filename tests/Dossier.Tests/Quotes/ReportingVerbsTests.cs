using Dossier.Quotes;

namespace Dossier.Tests.Quotes;

public sealed class ReportingVerbsTests
{
    [Theory]
    [InlineData("said", "say", "say")]
    [InlineData("told", "tell", "say")]
    [InlineData("denies", "deny", "deny")]
    [InlineData("denied", "deny", "deny")]
    [InlineData("claiming", "claim", "claim")]
    [InlineData("urged", "urge", "urge")]
    [InlineData("warns", "warn", "warn")]
    [InlineData("accused", "accuse", "accuse")]
    [InlineData("confirmed", "confirm", "confirm")]
    public void Knows_each_class_by_any_form(string form, string lemma, string verbClass)
    {
        var verb = ReportingVerbs.Default.ByForm(form);

        Assert.NotNull(verb);
        Assert.Equal((lemma, verbClass), (verb.Lemma, verb.Class));
    }

    [Theory]
    [InlineData("believe")]
    [InlineData("view")]
    [InlineData("meet")]
    public void Verbs_of_thinking_and_events_are_not_reporting_verbs(string lemma) => Assert.Null(ReportingVerbs.Default.ByLemma(lemma));
}
