using Dossier.Agreements;
using Dossier.Claims;

namespace Dossier.Tests.Claims;

/// <summary>
/// "Work on a new major agreement between Moscow and Tehran was announced in September 2022" as a beam parser
/// parses it: "Tehran" the passive subject of "announced", which is a conjunct of "agreement". The "between" phrase
/// still names both parties, so the agreement is the one Moscow and Tehran were said to be working on.
/// </summary>
public sealed class AlternativeParseAgreementTests
{
    [Fact]
    public void A_between_phrase_whose_second_party_the_parse_stranded_still_names_both_and_the_state_is_read()
    {
        var doc = Parsed.Doc(BeamParses.WorkAnnounced).Entity("Moscow", "GPE", "ent:gov:RUS").Entity("Tehran", "GPE", "ent:gov:IRN").Timex("September 2022", "2022-09");

        var agreement = Assert.Single(ArticleAgreementFinder.Default.Find(new ParsedArticle(doc)).Agreements);

        Assert.Equal(["IRN", "RUS"], agreement.Parties.Order(StringComparer.Ordinal));
        var state = Assert.Single(agreement.States);
        Assert.Equal(("announced", "2022-09"), (state.State, state.Date));
    }
}
