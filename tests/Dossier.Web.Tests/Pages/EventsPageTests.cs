using System.Net;
using System.Text;
using Dossier.Model;
using Dossier.Storage;
using Dossier.Storage.Sqlite;
using static Dossier.Web.Tests.Http;

namespace Dossier.Web.Tests.Pages;

/// <summary>The events page and <c>/api/events</c> over more events than a page shows: read a page at a time, by date, with a pager.</summary>
public sealed class EventsPageTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dossier-events-").FullName;
    private readonly DossierFactory app;

    public EventsPageTests()
    {
        string db = Path.Combine(folder, "events.db");
        using (var store = SqliteArticleStore.Open(db))
        {
            // 150 sentences "Putin met Mokhber on day N.", each an event dated 150 days apart in reverse, and one undated.
            var body = new StringBuilder();
            var doc = new Document("meetings-1", string.Empty, new ArticleMetadata { Source = "meetings.txt", Title = "Meetings", Outlet = "TASS", Published = new DateOnly(2024, 7, 5) });
            var events = new List<EventMention>();
            for (int i = 0; i < 150; i++)
            {
                int start = body.Length;
                body.Append($"Putin met Mokhber on day {i:D3}.");
                events.Add(new EventMention(i % 2 == 0 ? "040" : "036", "consult", new TextSpan(start + 6, start + 9), i == 149 ? "future" : "asserted")
                {
                    Sources = [new EventActor(start, start + 5, "ent:putin", "RUSGOV")],
                    Targets = [new EventActor(start + 10, start + 17, "ent:mokhber", "IRNGOV")],
                    Date = i == 0 ? null : new DateOnly(2024, 1, 1).AddDays(200 - i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                });
                body.Append(i < 149 ? "\n" : string.Empty);
            }

            string text = body.ToString();
            doc = new Document(doc.Id, text, doc.Metadata);
            doc.Events.AddRange(events);
            store.Save(new ArticleRecord(doc.Id, 1, "hash", doc.Metadata, text, DateTimeOffset.UnixEpoch), doc);
        }

        app = new DossierFactory(db);
    }

    public void Dispose()
    {
        app.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task The_events_page_shows_a_hundred_events_by_date_with_a_pager()
    {
        var browser = app.Browser();
        string first = await browser.GetStringAsync(U("/events"));
        Assert.Contains("Events 1&#x2013;100 of 150.", first, StringComparison.Ordinal);
        // The latest sentence holds the earliest date; each row's evidence is its line, and the article's title is shown.
        Assert.Contains("<td>2024-02-21</td><td>036 consult</td><td>Putin</td><td>Mokhber</td><td>future</td>", first, StringComparison.Ordinal);
        Assert.Contains(">Putin met Mokhber on day 149.</a><div class=\"muted\">Meetings</div>", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/events?page=2\"", first, StringComparison.Ordinal);

        string last = await browser.GetStringAsync(U("/events?page=2"));
        Assert.Contains("Events 101&#x2013;150 of 150.", last, StringComparison.Ordinal);
        Assert.Contains("<td>undated</td>", last, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>undated</td>", first, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.GetAsync(U("/events?page=x"))).StatusCode);
    }

    [Fact]
    public async Task The_event_api_pages_by_date_and_filters_by_code_modality_and_actor()
    {
        var client = app.CreateClient();
        var days = new List<string?>();
        string? next = "/api/events?page_size=70";
        while (next is not null)
        {
            using var json = await Json(await client.GetAsync(U(next)));
            Assert.Equal(150, json.RootElement.GetProperty("total").GetInt32());
            days.AddRange(json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("date").GetString()));
            next = json.RootElement.GetProperty("next").GetString();
        }

        Assert.Equal(150, days.Count);
        Assert.Equal(days.Take(149).Order(StringComparer.Ordinal), days.Take(149));
        Assert.Null(days[^1]);
        using var byCode = await Json(await client.GetAsync(U("/api/events?code=04&actor=mokh")));
        Assert.Equal(75, byCode.RootElement.GetProperty("total").GetInt32());
        using var future = await Json(await client.GetAsync(U("/api/events?modality=future&actor=ent:putin")));
        var item = Assert.Single(future.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal("Putin met Mokhber on day 149.", item.GetProperty("evidence").GetProperty("text").GetString());
        using var none = await Json(await client.GetAsync(U("/api/events?actor=Lavrov")));
        Assert.Equal(0, none.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_events_export_lists_each_articles_events_in_order_however_many_articles_it_reads_at_a_time()
    {
        string served = await app.CreateClient().GetStringAsync(U("/api/export/events.csv"));
        var lines = served.Split("\r\n");
        Assert.Equal(152, lines.Length); // header, 150 events, and the empty end after the last line break
        Assert.Equal("evt:meetings-1:0,,,Putin,RUSGOV,Mokhber,IRNGOV,,040,040,04,,,1,1,meetings.txt,asserted,consult,meetings-1,0,29,Putin met Mokhber on day 000.", lines[1]);
        Assert.StartsWith("evt:meetings-1:149,20240221,2024-02-21,", lines[150], StringComparison.Ordinal);
        using var store = SqliteArticleStore.Open(Path.Combine(folder, "events.db"));
        using var output = new MemoryStream();
        await Dossier.Web.Exports.CsvExports.WriteEventsAsync(output, new Dossier.Web.Storage.DocumentCache(store), CancellationToken.None, articles: 1);
        Assert.Equal(served, Encoding.UTF8.GetString(output.ToArray()));
    }
}
