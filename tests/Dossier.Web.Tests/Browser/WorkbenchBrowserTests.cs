using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dossier.Web.Tests.Browser;

/// <summary>What an analyst does in a real browser: list, article, evidence, the other outlet's report, search, paste.</summary>
public sealed partial class WorkbenchBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task From_the_list_to_an_article_to_the_highlighted_sentence_and_the_other_report_of_the_meeting()
    {
        var page = await fixture.NewPage();
        await page.GotoAsync("/");
        await Expect(page.Locator("#articles tbody tr", new() { HasText = "iran-russia/" })).ToHaveCountAsync(5);
        await BrowserFixture.Shoot(page, "01-stories");

        await page.GetByRole(AriaRole.Link, new() { Name = "Iran, Russia relations remains unchanging: Mokhber delivers Leader’s message to Putin" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/articles/001_92e7f391879ebd38-[0-9a-f]+$"));
        await Expect(page.Locator("h1")).ToContainTextAsync("Mokhber delivers Leader");
        await BrowserFixture.Shoot(page, "02-article");

        await page.Locator("#body a.cite").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"\?start=0&end=\d+#evidence$"));
        var mark = page.Locator("mark#evidence");
        await Expect(mark).ToContainTextAsync("During a meeting with Russian President Vladimir Putin on Thursday");
        await Expect(mark).ToBeInViewportAsync();
        var other = page.Locator("#side-by-side article.related", new() { HasText = "Mokhber and Putin met on Thursday in Astana" });
        await Expect(other).ToHaveCountAsync(1);
        await BrowserFixture.Shoot(page, "03-evidence");

        await other.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/articles/000_2a9e6c8df86a9554-[0-9a-f]+\\?start=\\d+&end=\\d+#evidence$"));
        await Expect(page.Locator("mark#evidence")).ToHaveTextAsync("Mokhber and Putin met on Thursday in Astana, Kazakhstan's capital, during the Shanghai Cooperation Organization summit.");
        await Expect(page.Locator("mark#evidence")).ToBeInViewportAsync();
        await BrowserFixture.Shoot(page, "04-evidence-other-outlet");
    }

    [Fact]
    public async Task Searching_finds_the_sentence_and_its_link_lands_on_it_highlighted()
    {
        var page = await fixture.NewPage();
        await page.GotoAsync("/search");
        await page.GetByLabel("Words to search for").FillAsync("Astana Thursday");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page.Locator("#hits li")).Not.ToHaveCountAsync(0);
        await Expect(page.Locator("#hits mark").First).ToBeVisibleAsync();
        await BrowserFixture.Shoot(page, "05-search");
        await page.Locator("#hits li a").First.ClickAsync();
        await Expect(page.Locator("mark#evidence")).ToContainTextAsync("Astana");
        await Expect(page.Locator("mark#evidence")).ToContainTextAsync("Thursday");
    }

    [Fact]
    public async Task A_pasted_article_with_script_and_img_tags_shows_them_as_inert_text()
    {
        var page = await fixture.NewPage();
        bool dialog = false;
        page.Dialog += (_, d) =>
        {
            dialog = true;
            _ = d.DismissAsync();
        };
        await page.GotoAsync("/ingest");
        await page.Locator("#paste-name").FillAsync("hostile-browser");
        await page.Locator("#paste-text").FillAsync("Hostile markup test headline <script>alert(1)</script>\n\nJuly 9, 2024\n\n" +
            "ASTANA – Before <script>alert(1)</script> and <img src=x onerror=alert(1)> after.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ingest text" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/articles/"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Hostile markup test headline <script>alert(1)</script>");
        await Expect(page.Locator("#body")).ToContainTextAsync("<img src=x onerror=alert(1)>");
        await Expect(page.Locator("#body img")).ToHaveCountAsync(0);
        await Expect(page.Locator("main script")).ToHaveCountAsync(0);
        await BrowserFixture.Shoot(page, "06-inert-markup");
        Assert.False(dialog, "an alert ran: article markup was executed");
    }
}
