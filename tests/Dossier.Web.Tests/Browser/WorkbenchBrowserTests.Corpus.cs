using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dossier.Web.Tests.Browser;

/// <summary>The corpus views in a real browser: the story's timeline, an entry's evidence in both articles, disputes, dyads.</summary>
public sealed partial class WorkbenchBrowserTests
{
    private const string AstanaSentence = "Mokhber and Putin met on Thursday in Astana, Kazakhstan's capital, during the Shanghai Cooperation Organization summit.";

    [Fact]
    public async Task From_the_story_timeline_to_the_Astana_meeting_highlighted_in_both_articles()
    {
        var page = await fixture.NewPage();
        await page.GotoAsync("/");
        await page.Locator("#stories tbody tr a").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/stories/story%3A"));
        await Expect(page.Locator("#timeline-chart")).ToBeVisibleAsync();
        var entry = page.Locator("#entries > li[data-date=\"2024-07-04\"]");
        await Expect(entry).ToContainTextAsync("2 sources, 2 independent");
        await Expect(entry).ToContainTextAsync("Mokhber and Putin met on Thursday in Astana");
        await Expect(entry.Locator("ul.sources > li")).ToHaveCountAsync(2);
        await Expect(page.Locator("#timeline-chart a[data-date=\"2024-07-04\"] circle.exact")).ToHaveCountAsync(1);
        await BrowserFixture.Shoot(page, "10-story-timeline");

        await entry.Locator("a.entry").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/evidence/events/evt%3A[0-9a-f]+$"));
        var columns = page.Locator("#evidence-columns article.source");
        await Expect(columns).ToHaveCountAsync(2);
        var astana = columns.Locator("mark.evidence", new() { HasText = "in Astana, Kazakhstan's capital" });
        var tehran = columns.Locator("mark.evidence", new() { HasText = "During a meeting with Russian President Vladimir Putin on Thursday" });
        await Expect(astana).ToHaveTextAsync(AstanaSentence);
        await Expect(astana).ToBeInViewportAsync();
        await Expect(tehran).ToBeInViewportAsync();
        await BrowserFixture.Shoot(page, "11-entry-evidence-side-by-side");

        // 000's column may show more than one sentence of the meeting; its first is the Astana sentence (checked below).
        await columns.Filter(new() { Has = page.Locator("mark.evidence", new() { HasText = "in Astana" }) })
            .GetByRole(AriaRole.Link, new() { Name = "Open the whole article at this sentence" }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/articles/000_2a9e6c8df86a9554-[0-9a-f]+\\?start=\\d+&end=\\d+#evidence$"));
        await Expect(page.Locator("mark#evidence")).ToHaveTextAsync(AstanaSentence);
        await Expect(page.Locator("mark#evidence")).ToBeInViewportAsync();
        await BrowserFixture.Shoot(page, "12-entry-evidence-article-000");

        await page.GoBackAsync();
        await columns.Filter(new() { Has = page.Locator("mark.evidence", new() { HasText = "During a meeting with Russian President" }) })
            .GetByRole(AriaRole.Link, new() { Name = "Open the whole article at this sentence" }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/articles/001_92e7f391879ebd38-[0-9a-f]+\\?start=0&end=\\d+#evidence$"));
        await Expect(page.Locator("mark#evidence")).ToContainTextAsync("During a meeting with Russian President Vladimir Putin on Thursday");
        await Expect(page.Locator("mark#evidence")).ToBeInViewportAsync();
        await BrowserFixture.Shoot(page, "13-entry-evidence-article-001");
    }

    [Fact]
    public async Task The_disputes_page_shows_the_suspension_claim_with_Jalali_among_the_deniers()
    {
        var page = await fixture.NewPage();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Disputes", Exact = true }).ClickAsync();
        var claim = page.Locator("section.claim", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "work on the comprehensive strategic partnership treaty was suspended" }) });
        await Expect(claim).ToHaveCountAsync(1);
        await Expect(claim.Locator(".badge")).ToHaveTextAsync("disputed");
        await Expect(claim.Locator(".denying strong.by", new() { HasText = "Kazem Jalali" })).ToHaveCountAsync(1);
        await Expect(claim.Locator(".asserting strong.by", new() { HasText = "RIA state news agency" })).ToHaveCountAsync(1);
        await Expect(claim.Locator(".asserting strong.by", new() { HasText = "Kazem Jalali" })).ToHaveCountAsync(0);
        await claim.ScrollIntoViewIfNeededAsync();
        await BrowserFixture.Shoot(page, "14-disputes");
    }

    [Fact]
    public async Task A_dyad_chart_point_drills_down_to_its_events()
    {
        var page = await fixture.NewPage();
        await page.GotoAsync("/dyads");
        await page.GetByRole(AriaRole.Link, new() { Name = "IRN – RUS" }).ClickAsync();
        await Expect(page.Locator("#dyad-chart")).ToBeVisibleAsync();
        await BrowserFixture.Shoot(page, "15-dyad");
        await page.Locator("#dyad-chart a[data-month=\"2024-07\"]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("month=2024-07#events$"));
        await Expect(page.Locator("#m-2024-07")).ToBeVisibleAsync();
        await Expect(page.Locator("#events h3")).ToHaveCountAsync(1);
        await page.Locator("#events ul.dyad-events a").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/evidence/events/evt%3A"));
        await Expect(page.Locator("#evidence-columns mark.evidence").First).ToBeVisibleAsync();
    }
}
