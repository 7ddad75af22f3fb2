using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using static Dossier.Web.Tests.Http;

namespace Dossier.Web.Tests.Pages;

/// <summary>The pages over the corpus stages on the seeds: stories, the story timeline, evidence, disputes, agreements, dyads, entities.</summary>
[Collection(SeedCollection.Name)]
public sealed partial class CorpusPagesTests(SeedStore seeds)
{
    private readonly HttpClient browser = seeds.App.Browser();

    private async Task<string> StoryPath()
    {
        string html = await browser.GetStringAsync(U("/"));
        var match = StoryLink().Match(html);
        Assert.True(match.Success, "the start page links no story");
        return match.Groups["path"].Value;
    }

    [Fact]
    public async Task The_start_page_lists_the_story_with_its_span_outlets_and_counts()
    {
        string html = await browser.GetStringAsync(U("/"));
        Assert.DoesNotContain("not built yet", html, StringComparison.Ordinal);
        Assert.Contains("1 story in 5 articles", html, StringComparison.Ordinal);
        int table = html.IndexOf("id=\"stories\"", StringComparison.Ordinal);
        Assert.True(table > 0, "no story table");
        Assert.Matches("</a></td><td>2024-06-11</td><td>[0-9-]+</td><td>5</td><td>5</td><td>[1-9][0-9]*</td><td>Reuters</td>", html[table..]);
        Assert.Contains("id=\"articles\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_start_page_lists_its_articles_a_page_at_a_time_in_the_order_of_the_whole_list()
    {
        using var paged = new DossierFactory(seeds.Db, new Dictionary<string, string?> { ["StartPageRows"] = "2" });
        using var client = paged.Browser();
        var whole = Rows(await browser.GetStringAsync(U("/")));
        Assert.Equal(5, whole.Count);
        Assert.DoesNotContain("id=\"articles-pages\"", await browser.GetStringAsync(U("/")), StringComparison.Ordinal);

        string first = await client.GetStringAsync(U("/"));
        Assert.Contains("1 story in 5 articles", first, StringComparison.Ordinal);
        Assert.Contains("Articles 1&#x2013;2 of 5.", first, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/?article_page=2\" rel=\"next\">Next page</a>", first, StringComparison.Ordinal);
        // One story: its table has no pages.
        Assert.DoesNotContain("id=\"stories-pages\"", first, StringComparison.Ordinal);
        string second = await client.GetStringAsync(U("/?article_page=2"));
        string last = await client.GetStringAsync(U("/?article_page=3&story_page=1"));
        Assert.Contains("Articles 5&#x2013;5 of 5.", last, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/?story_page=1&amp;article_page=2\" rel=\"prev\">Previous page</a>", last, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", last, StringComparison.Ordinal);
        Assert.Equal(whole, [.. Rows(first), .. Rows(second), .. Rows(last)]);
        Assert.Contains("No articles on page 9; there are 5.", await client.GetStringAsync(U("/?article_page=9")), StringComparison.Ordinal);

        foreach (string bad in new[] { "/?article_page=0", "/?story_page=x", "/?article_page=-1" })
        {
            var response = await client.GetAsync(U(bad));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("DOS1145", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        static List<string> Rows(string html)
        {
            int table = html.IndexOf("id=\"articles\"", StringComparison.Ordinal);
            return [.. Regex.Matches(html[table..html.IndexOf("</table>", table, StringComparison.Ordinal)], "<tr>.*?</tr>").Skip(1).Select(m => m.Value)];
        }
    }

    [Fact]
    public async Task The_story_page_draws_the_timeline_and_shows_the_Astana_meeting_with_two_sources()
    {
        string html = await browser.GetStringAsync(U(await StoryPath()));
        Assert.Contains("<svg class=\"chart\" id=\"timeline-chart\"", html, StringComparison.Ordinal);
        Assert.Contains("<circle class=\"exact\"", html, StringComparison.Ordinal);
        Assert.Contains("<rect class=\"month\"", html, StringComparison.Ordinal);
        Assert.Contains("<line class=\"range\"", html, StringComparison.Ordinal);
        int entry = html.IndexOf("<li id=\"d-2024-07-04\" data-date=\"2024-07-04\" class=\"exact\">", StringComparison.Ordinal);
        Assert.True(entry > 0, "no entry for 2024-07-04");
        string li = html[entry..html.IndexOf("</details></li>", entry, StringComparison.Ordinal)];
        Assert.Contains("2 sources, 2 independent", li, StringComparison.Ordinal);
        Assert.Contains("Mokhber and Putin met on Thursday in Astana", li, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Matches(li, "<li data-article=").Count);
        Assert.Matches("<a href=\"/evidence/events/evt%3A[0-9a-f]+\" class=\"entry\">", li);
    }

    [Fact]
    public async Task The_story_filters_by_event_type_and_actor()
    {
        string path = await StoryPath();
        int all = Regex.Matches(await browser.GetStringAsync(U(path)), "<li id=\"d-").Count;
        string consults = await browser.GetStringAsync(U(path + "?type=04"));
        int consultCount = Regex.Matches(consults, "<li id=\"d-").Count;
        Assert.InRange(consultCount, 1, all - 1);
        Assert.Contains("<option value=\"04\" selected=\"selected\">", consults, StringComparison.Ordinal);
        string withJalali = await browser.GetStringAsync(U(path + "?actor=" + Uri.EscapeDataString("ent:person:kazem-jalali")));
        Assert.InRange(Regex.Matches(withJalali, "<li id=\"d-").Count, 1, all - 1);
        string nobody = await browser.GetStringAsync(U(path + "?actor=Gondor"));
        Assert.Contains("No dated events that happened match these filters.", nobody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(U("/stories/story%3Anope"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.GetAsync(U(path + "?top=0"))).StatusCode);
    }

    [Fact]
    public async Task The_evidence_page_highlights_the_sentence_in_both_reports_side_by_side()
    {
        string story = await browser.GetStringAsync(U(await StoryPath()));
        int entry = story.IndexOf("<li id=\"d-2024-07-04\"", StringComparison.Ordinal);
        string evidence = EntryLink().Match(story, entry).Groups["path"].Value;
        string html = await browser.GetStringAsync(U(evidence));
        Assert.Equal(2, Regex.Matches(html, "<article class=\"source\" data-article=").Count);
        Assert.Contains("<mark class=\"evidence\">Mokhber and Putin met on Thursday in Astana, Kazakhstan&#x27;s capital, during the Shanghai Cooperation Organization summit.</mark>", html, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"evidence\">During a meeting with Russian President Vladimir Putin on Thursday", html, StringComparison.Ordinal);
        Assert.Contains("Reported by 2 articles (2 independent)", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(U("/evidence/events/evt%3Anope"))).StatusCode);
    }

    [Fact]
    public async Task The_disputes_page_shows_the_suspension_claim_with_Jalali_among_the_deniers()
    {
        string html = await browser.GetStringAsync(U("/disputes"));
        int claim = html.IndexOf("work on the comprehensive strategic partnership treaty was suspended<span class=\"badge disputed\">disputed</span>", StringComparison.Ordinal);
        Assert.True(claim > 0, "no disputed suspension claim");
        string section = html[claim..html.IndexOf("</section>", claim, StringComparison.Ordinal)];
        int denying = section.IndexOf("<div class=\"denying\">", StringComparison.Ordinal);
        Assert.True(denying > 0, "no denying column");
        Assert.Matches("Kazem Jalali(</a>)?</strong> denies", section[denying..]);
        Assert.Matches("RIA state news agency(</a>)?</strong> asserts", section[..denying]);
        Assert.Contains("reported 2024-06-11", section, StringComparison.Ordinal);
        string denied = await browser.GetStringAsync(U("/disputes?status=denied"));
        Assert.DoesNotContain("data-status=\"disputed\"", denied, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.GetAsync(U("/disputes?status=rumoured"))).StatusCode);
    }

    [Fact]
    public async Task The_agreements_page_shows_the_treaty_as_a_state_timeline()
    {
        string html = await browser.GetStringAsync(U("/agreements"));
        int treaty = html.IndexOf("<h2>comprehensive strategic partnership treaty", StringComparison.Ordinal);
        Assert.True(treaty > 0, "no treaty");
        string section = html[treaty..html.IndexOf("</section>", treaty, StringComparison.Ordinal)];
        Assert.Contains("<li class=\"dated\" data-state=\"announced\"><span class=\"state\">announced</span><span class=\"muted\">2022-09</span>", section, StringComparison.Ordinal);
        Assert.Contains("data-state=\"signed\"", section, StringComparison.Ordinal);
        Assert.Contains("Parties</dt><dd>Iran, Russia</dd>", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dyads_page_charts_a_pair_and_drills_down_to_a_month()
    {
        string list = await browser.GetStringAsync(U("/dyads"));
        Assert.Contains("href=\"/dyads?a=IRN&amp;b=RUS\"", list, StringComparison.Ordinal);
        string chart = await browser.GetStringAsync(U("/dyads?a=IRN&b=RUS"));
        Assert.Contains("<svg class=\"chart\" id=\"dyad-chart\"", chart, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/dyads?a=IRN&amp;b=RUS&amp;month=2024-07#events\" class=\"point\" data-month=\"2024-07\">", chart, StringComparison.Ordinal);
        string month = await browser.GetStringAsync(U("/dyads?a=IRN&b=RUS&month=2024-07"));
        int events = month.IndexOf("<section id=\"events\">", StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"m-2024-07\">", month[events..], StringComparison.Ordinal);
        Assert.DoesNotContain("<h3 id=\"m-2024-06\">", month[events..], StringComparison.Ordinal);
        Assert.Contains("href=\"/evidence/events/evt%3A", month[events..], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.GetAsync(U("/dyads?a=IRN&b=IRN"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.GetAsync(U("/dyads?a=IRN"))).StatusCode);
    }

    [Fact]
    public async Task The_entities_page_lists_entities_across_articles_and_each_has_its_page_with_corrections()
    {
        string list = await browser.GetStringAsync(U("/entities?type=PERSON"));
        Assert.Contains("<a href=\"/entities/ent%3Aperson%3Akazem-jalali\">Kazem Jalali</a></td><td>PERSON</td>", list, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>GPE</td>", list, StringComparison.Ordinal);
        string page = await browser.GetStringAsync(U("/entities/ent%3Aperson%3Akazem-jalali"));
        Assert.Contains("<h1>Kazem Jalali</h1>", page, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Matches(page, "<form method=\"post\" action=\"/entities/ent%3Aperson%3Akazem-jalali/(rename|merge|delete)\"").Count);
        Assert.Equal(3, Regex.Matches(page, "name=\"__af\" value=\"[^\"]+\"").Count);
        Assert.Contains("id=\"mentions\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(U("/entities/ent%3Anope"))).StatusCode);
    }

    [Theory]
    [InlineData("/timeline", "Timeline")]
    [InlineData("/timeline?type=04", "Timeline")]
    [InlineData("/disputes", "Disputes")]
    [InlineData("/disputes?about=drones", "Disputes")]
    [InlineData("/agreements", "Agreements")]
    [InlineData("/dyads", "Dyads")]
    [InlineData("/entities", "Entities")]
    public async Task Every_corpus_view_renders(string url, string heading)
    {
        var response = await browser.GetAsync(U(url));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<h1>{heading}</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_whole_timeline_of_a_large_snapshot_is_read_from_its_index_showing_the_key_dates_with_the_same_entries()
    {
        // Every snapshot counts as large here, and a page holds 3 dates.
        using var large = new DossierFactory(seeds.Db, new Dictionary<string, string?> { ["TimelineInMemoryEvents"] = "0", ["TimelinePageDates"] = "3" });
        using var client = large.Browser();
        string whole = await browser.GetStringAsync(U("/timeline"));
        string keyDates = await browser.GetStringAsync(U("/timeline?top=3"));
        string bounded = await client.GetStringAsync(U("/timeline"));
        int dates = Regex.Matches(whole, "<li id=\"d-").Count;
        Assert.True(dates > 3, $"the seeds' whole timeline has {dates} dates");

        // The three key dates, each entry as the page read whole shows it, and a notice saying so.
        Assert.Contains("<h2>3 dates</h2>", bounded, StringComparison.Ordinal);
        Assert.Contains($"The 3 most salient of {dates} dates; add top=N to the address for another number.", bounded, StringComparison.Ordinal);
        Assert.Equal(Entries(keyDates), Entries(bounded));
        // The article count and the list of the five articles, as on the page read whole.
        Assert.Equal(Summary(whole), Summary(bounded));
        // Choices from the key dates' events; with a type chosen, the other types are still offered.
        Assert.Contains("<option value=\"ent:IRN\">Iran (", bounded, StringComparison.Ordinal);
        string consultations = await client.GetStringAsync(U("/timeline?type=04"));
        Assert.True(Regex.Matches(consultations, "<option value=\"[0-9]{2}\"").Count > 1, "a type filter hid the other types");
        Assert.Equal(Entries(await browser.GetStringAsync(U("/timeline?type=04&top=3"))), Entries(consultations));
        // Each source's evidence is quoted from its article's body, on the page read whole as from the index.
        using (var store = Dossier.Storage.Sqlite.SqliteArticleStore.Open(seeds.Db))
        {
            foreach (string page in new[] { whole, bounded })
            {
                var quotes = Regex.Matches(page, "<div class=\"muted\"><a href=\"/articles/(?<id>[^?\"]+)\\?start=(?<start>[0-9]+)&amp;end=(?<end>[0-9]+)#evidence\">&#x201C;(?<text>[^<]*)&#x201D;</a>");
                Assert.NotEmpty(quotes);
                Assert.All(quotes, q => Assert.Equal(
                    store.FindArticle(Uri.UnescapeDataString(q.Groups["id"].Value))!.Body[int.Parse(q.Groups["start"].Value, CultureInfo.InvariantCulture)..int.Parse(q.Groups["end"].Value, CultureInfo.InvariantCulture)],
                    System.Net.WebUtility.HtmlDecode(q.Groups["text"].Value)));
            }
        }

        // top asks for another number; all of them are then the page read whole.
        Assert.Equal(Entries(whole), Entries(await client.GetStringAsync(U($"/timeline?top={dates}"))));

        // Each date lists its first sources and events, and counts the rest.
        using var terse = new DossierFactory(seeds.Db, new Dictionary<string, string?> { ["TimelineInMemoryEvents"] = "0", ["TimelineListedPerDate"] = "1" });
        string one = await terse.Browser().GetStringAsync(U("/timeline"));
        Assert.Equal(dates, Regex.Matches(one, "<li id=\"d-").Count);
        Assert.Contains("&#x2026; and 1 more source (all of them in the timeline&#x27;s JSON)", one, StringComparison.Ordinal);
        Assert.Matches("&#x2026; and [0-9]+ more events \\(all of them", one);
        Assert.True(Regex.Matches(one, "<li data-article=").Count == dates, "one source listed per date");

        static string Entries(string html) => html[html.IndexOf("<ol class=\"entries\"", StringComparison.Ordinal)..html.IndexOf("</ol>", html.IndexOf("<ol class=\"entries\"", StringComparison.Ordinal), StringComparison.Ordinal)];
        static string Summary(string html) => html[html.IndexOf("id=\"story-summary\"", StringComparison.Ordinal)..html.IndexOf("</dl>", html.IndexOf("id=\"story-summary\"", StringComparison.Ordinal), StringComparison.Ordinal)];
    }

    [GeneratedRegex("<a href=\"(?<path>/stories/[^\"]+)\">")]
    private static partial Regex StoryLink();

    [GeneratedRegex("<a href=\"(?<path>/evidence/events/[^\"]+)\" class=\"entry\">")]
    private static partial Regex EntryLink();
}
