using Dossier.Ingest.Html;

namespace Dossier.Ingest.Tests.Html;

/// <summary>
/// One small page per extraction rule of the fourth round (issue 9): the standfirst found by the meta description,
/// articles whose sections each sit in a wrapper of their own, figures used as containers, heading anchors, and
/// colon labels left at the end.
/// </summary>
public sealed class SectionAndLeadRuleTests
{
    private static string Body(string html) => HtmlArticleExtractor.Extract(html, new Uri("https://example.org/a")).Body;

    /// <summary>One CMS text element: a paragraph pair five wrappers deep, as TYPO3 and page builders write them.</summary>
    private static string Section(string first, string second) => $"""
        <div class="outer"><div class="container"><div class="row"><div class="col"><div class="textpic">
          <p>{first}</p><p>{second}</p>
        </div></div></div></div></div>
        """;

    [Fact]
    public void The_standfirst_shown_above_the_article_is_found_by_the_meta_description()
    {
        const string html = """
            <html><head><meta name="description" content="A snow cover on solar panels lowers their yield, and its weight strains modules and mounts alike."></head>
            <body><header class="hero"><h2>Snow on the roof</h2>
              <p class="text-xl">A snow cover on solar panels lowers their yield, and its weight strains modules and mounts alike.</p></header>
            <div class="content">
              <p>Owners of solar plants ask every winter whether they should clear the panels, since the low sun can still give good yields.</p>
              <p>Panels usually carry thick layers of snow without harm, the manufacturer says, as long as the load is spread evenly over the frame.</p>
              <p>Wet snow weighs far more than powder, and ice on top of it can double the load within a single night of frost, the inspectors warn.</p>
            </div></body></html>
            """;

        var body = Body(html);

        Assert.StartsWith("A snow cover on solar panels", body, StringComparison.Ordinal);
        Assert.Contains("Wet snow weighs far more", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Sections_in_wrappers_of_their_own_are_one_article_and_a_related_box_stops_the_climb()
    {
        var html = $"""
            <html><body><div class="page"><div class="blog-text">
              {Section("In the heating systems of our homes lies a large potential for saving energy, since many boilers are older than fifteen years.", "Replacing them with newer systems spares both the household budget and the climate, the association says, if done before the old one fails.")}
              {Section("Of the many heating systems, heat pumps suit new buildings best, because they need low flow temperatures and good insulation.", "Gas condensing boilers remain common in older houses, where they can later burn hydrogen blends, according to the engineers.")}
              {Section("On top of that, not every building is fit for every system, and an energy adviser should look at the house before anything is bought.", "Subsidies depend on the system chosen, and the rules changed twice this year, so the adviser's report is worth its modest fee.")}
            </div>
            <div class="related-posts"><p>Our readers also liked this long piece about chimney sweeps, their history, their tools and their lucky charms.</p></div>
            </div></body></html>
            """;

        var body = Body(html);

        Assert.Contains("In the heating systems of our homes", body, StringComparison.Ordinal);
        Assert.Contains("Of the many heating systems", body, StringComparison.Ordinal);
        Assert.Contains("not every building is fit", body, StringComparison.Ordinal);
        Assert.DoesNotContain("chimney sweeps", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_holding_a_table_is_text_and_a_picture_caption_is_not()
    {
        const string html = """
            <html><body><article>
              <p>Exchanges charge different fees for paying out money, and the difference adds up for anyone who withdraws often in small sums.</p>
              <figure class="comparison-table"><table><tr><td>Bank transfer withdrawal fee</td><td>1 GBP withdrawal</td></tr>
                <tr><td>Card withdrawal fee for every payment made abroad</td><td>2 percent of the amount</td></tr>
                <tr><td>Wire transfer withdrawal fee for international transfers</td><td>25 USD flat</td></tr></table></figure>
              <p>The cheapest way out is the domestic bank transfer, the comparison shows, as long as the account is held in the same currency.</p>
              <figure><img src="a.jpg"><figcaption>The exchange's office in London, seen from the street</figcaption></figure>
            </article></body></html>
            """;

        var article = HtmlArticleExtractor.Extract(html, new Uri("https://example.org/a"));

        Assert.Contains("1 GBP withdrawal", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("seen from the street", article.Body, StringComparison.Ordinal);
        Assert.Contains("The exchange's office in London, seen from the street", article.Captions);
    }

    [Fact]
    public void A_heading_is_kept_whatever_its_anchor_id_but_a_closing_colon_label_is_not()
    {
        const string html = """
            <html><body><div class="article-text">
              <p>Recycling lithium batteries is costly, because the cells are glued and welded and must be taken apart by hand in most plants today.</p>
              <h3 class="subheading" id="nav_only_the_foil_remains">Only the foil remains</h3>
              <p>The new process dissolves the coating in water within minutes, so the metals can be recovered and only the thin foil is left behind.</p>
              <p>Contact:</p>
            </div></body></html>
            """;

        var body = Body(html);

        Assert.Contains("Only the foil remains", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Contact:", body, StringComparison.Ordinal);
    }
}
