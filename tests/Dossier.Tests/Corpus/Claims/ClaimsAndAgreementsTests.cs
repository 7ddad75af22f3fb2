using Dossier.Corpus;
using Dossier.Corpus.Agreements;
using Dossier.Corpus.Claims;
using Dossier.Model;
using Dossier.Tests.Claims;

namespace Dossier.Tests.Corpus.Claims;

public sealed class ClaimsAndAgreementsTests
{
    private static CorpusArticle Reporting() => new("a-report", Parsed.Doc(Sentences.Join(Sentences.Negotiating, Sentences.Reported), new DateOnly(2024, 6, 11))
        .Entity("Arnor", "GPE", "ent:ARN").Entity("Gondor", "GPE", "ent:GON").Entity("Arnor", "GPE", "ent:ARN", 1));

    private static CorpusArticle Denying() => new("b-denial", Parsed.Doc(Sentences.Join(Sentences.Negotiating, Sentences.NoInterruption), new DateOnly(2024, 6, 12))
        .Entity("Arnor", "GPE", "ent:ARN").Entity("Gondor", "GPE", "ent:GON").Entity("Gondor", "GPE", "ent:GON", 1));

    private static CorpusArticle Accusing() => new("c-accusation", Parsed.Doc(Sentences.Accusation)
        .Entity("Gondor", "GPE", "ent:GON").Entity("Arnor", "GPE", "ent:ARN").Entity("Rohan", "GPE", "ent:ROH").Entity("Arnor", "GPE", "ent:ARN", 1));

    private static (IReadOnlyList<Claim> Claims, IReadOnlyList<Agreement> Agreements) Build(params CorpusArticle[] articles) =>
        ClaimsAndAgreements.Default.Build(articles, ids => ids.Distinct(StringComparer.Ordinal).Count());

    [Fact]
    public void A_report_in_one_article_and_a_denial_in_another_make_one_disputed_claim_about_one_tracked_agreement()
    {
        var (claims, agreements) = Build(Reporting(), Denying(), Accusing());

        var agreement = Assert.Single(agreements);
        Assert.Equal(("agr:friendship-treaty", "friendship treaty"), (agreement.Id, agreement.Name));
        Assert.Equal(["ent:ARN", "ent:GON"], agreement.Parties);
        Assert.Equal(["a-report", "b-denial"], agreement.Sources);
        Assert.Contains(agreement.History, h => (h.Date, h.State) == ("2024-06-11", "negotiating"));
        Assert.Contains(agreement.History, h => (h.Date, h.State) == ("2024-06-12", "negotiating"));
        var suspended = Assert.Single(agreement.History, h => h.State == "reported suspended");
        Assert.Equal("a-report", Assert.Single(suspended.Evidence).Article);
        Assert.Equal("negotiating", agreement.Status);

        var claim = Assert.Single(claims, c => c.Predicate == "suspend");
        Assert.Equal(("c:suspend:friendship-treaty", "work on the friendship treaty was suspended", ClaimStatus.Disputed), (claim.Id, claim.Proposition, claim.Status));
        Assert.Equal("agr:friendship-treaty", claim.About);
        Assert.Equal(["a-report", "b-denial"], claim.Sources);
        Assert.Equal(2, claim.IndependentSources);
        Assert.Equal([("asserts", "Arnor 's agency", "a-report"), ("denies", "Gondor", "b-denial")], claim.Stances.Select(s => (s.Position, s.ByText, s.Evidence.Article)));
    }

    [Fact]
    public void An_accusation_and_its_denial_make_a_disputed_claim_worded_from_its_participants()
    {
        var (claims, _) = Build(Accusing());

        var claim = Assert.Single(claims);
        Assert.Equal(("c:supply:weapons-arn-roh", ClaimStatus.Disputed, "theme:weapons"), (claim.Id, claim.Status, claim.About));
        Assert.Equal("ARN supplies drones to ROH", claim.Proposition);
        Assert.Equal(["ent:ARN", "ent:ROH"], claim.Participants);
    }

    [Fact]
    public void The_same_articles_in_any_order_give_the_same_claims_and_agreements()
    {
        var forward = Build(Reporting(), Denying(), Accusing());
        var backward = Build(Accusing(), Denying(), Reporting());

        Assert.Equal(forward.Claims.Select(ClaimJson.ToJson), backward.Claims.Select(ClaimJson.ToJson));
        Assert.Equal(forward.Agreements.Select(AgreementJson.ToJson), backward.Agreements.Select(AgreementJson.ToJson));
    }

    [Fact]
    public void A_publication_range_another_stage_narrowed_dates_the_signing_on_a_weekday()
    {
        CorpusArticle Signing() => new("d-signing", Parsed.Doc(Sentences.SignedOnFriday).Entity("Arnor", "GPE", "ent:ARN").Entity("Gondor", "GPE", "ent:GON").Timex("Friday", "XXXX-WXX-5"));
        var narrowed = new Dictionary<string, DateRange> { ["d-signing"] = new(new DateOnly(2025, 1, 17), new DateOnly(2025, 1, 20)) };

        var alone = Assert.Single(Build(Signing()).Agreements);
        var dated = Assert.Single(ClaimsAndAgreements.Default.Build([Signing()], ids => ids.Count(), narrowed).Agreements);
        // Ranges narrowed for other articles leave this one undated.
        var otherNarrowed = Assert.Single(ClaimsAndAgreements.Default.Build([Signing()], ids => ids.Count(), new Dictionary<string, DateRange> { ["d-other"] = narrowed["d-signing"] }).Agreements);

        Assert.Equal(("signed", (string?)null), (alone.Status, alone.Signed));
        Assert.Equal(("signed", "2025-01-17"), (dated.Status, dated.Signed));
        Assert.Equal(("signed", (string?)null), (otherNarrowed.Status, otherNarrowed.Signed));
    }

    [Fact]
    public void Claims_and_agreements_survive_the_snapshot_items_the_stores_keep()
    {
        var (claims, agreements) = Build(Reporting(), Denying(), Accusing());
        var snapshot = CorpusSnapshot.Empty with { Claims = claims, Agreements = agreements };

        var back = CorpusSnapshotJson.FromItems(CorpusSnapshotJson.ToItems(snapshot));

        Assert.Equal(claims.Select(ClaimJson.ToJson).Order(StringComparer.Ordinal), back.Claims.Select(ClaimJson.ToJson).Order(StringComparer.Ordinal));
        Assert.Equal(agreements.Select(AgreementJson.ToJson), back.Agreements.Select(AgreementJson.ToJson));
    }

    [Fact]
    public void Evidence_offsets_index_the_article_text()
    {
        var articles = new[] { Reporting(), Denying(), Accusing() };
        var (claims, agreements) = Build(articles);
        var text = articles.ToDictionary(a => a.Id, a => a.Document.Text, StringComparer.Ordinal);

        foreach (var e in claims.SelectMany(c => c.Stances).SelectMany(s => new[] { s.Evidence, s.Proposition! })
            .Concat(agreements.SelectMany(a => a.History).SelectMany(h => h.Evidence)))
        {
            Assert.Equal(e.Text, text[e.Article][e.Start..e.End]);
        }
    }
}
