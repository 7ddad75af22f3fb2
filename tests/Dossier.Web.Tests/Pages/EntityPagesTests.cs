using System.Net;
using System.Text.RegularExpressions;
using Dossier.Corpus;
using Dossier.Corpus.Entities;
using Dossier.Corpus.EventMerging;
using Dossier.Model;
using Dossier.Storage;
using Dossier.Storage.Sqlite;
using static Dossier.Web.Tests.Http;

namespace Dossier.Web.Tests.Pages;

/// <summary>
/// The Entities page, <c>/api/corpus/entities</c> and an entity's page over more entities, quotes, events and articles
/// than a page shows: read from the entity listing the snapshot is saved with, a page at a time.
/// </summary>
public sealed partial class EntityPagesTests : IDisposable
{
    private const string Peskov = "ent:person:dmitry-peskov", Folded = "ent:person:d-peskov";

    private readonly string folder = Directory.CreateTempSubdirectory("dossier-entities-").FullName;
    private readonly DossierFactory app;

    public EntityPagesTests()
    {
        string db = Path.Combine(folder, "entities.db");
        using (var store = SqliteArticleStore.Open(db))
        {
            // 250 articles; Peskov speaks in the first 210 (as himself in the even ones, by his folded-in id in the odd ones).
            for (int i = 0; i < 250; i++)
            {
                string id = $"art-{i:D3}";
                string text = $"“Point {i:D3}.” Peskov said.";
                var doc = new Document(id, text, new ArticleMetadata { Source = id + ".txt", Title = id, Outlet = "TASS", Published = new DateOnly(2024, 1, 1).AddDays(i) });
                if (i < 210)
                {
                    doc.Quotes.Add(new QuoteMention(1, 11, "direct", new MentionRef(13, 19, i % 2 == 0 ? Peskov : Folded), "said") { VerbClass = "say" });
                }

                store.Save(new ArticleRecord(id, 1, "hash-" + id, doc.Metadata, text, DateTimeOffset.UnixEpoch), doc);
            }

            // 150 entities: Peskov (mentioned in every article) and 149 organisations mentioned once each.
            var entities = new List<CorpusEntity>
            {
                new(Peskov, "Dmitry Peskov", "PERSON")
                {
                    Country = "RUS",
                    MemberIds = [Peskov, Folded],
                    Mentions = [.. Enumerable.Range(0, 250).Select(i => new CorpusMention($"art-{i:D3}", 13, 19, "Peskov"))],
                },
            };
            entities.AddRange(Enumerable.Range(0, 149).Select(i => new CorpusEntity($"ent:org:o-{i:D3}", $"Org {i:D3}", "ORG")
            {
                Mentions = [new CorpusMention($"art-{i:D3}", 0, 3, "Org")],
            }));

            // 230 events with Peskov as their source, by either id, one a day from 1 March 2024 back to 16 July 2023.
            var events = Enumerable.Range(0, 230).Select(i => new MergedEvent($"evt:{i:x16}", "010", "make statement", $"Statement {i:D3}.", "asserted")
            {
                Earliest = new DateOnly(2024, 3, 1).AddDays(-i),
                Latest = new DateOnly(2024, 3, 1).AddDays(-i),
                Date = new DateOnly(2024, 3, 1).AddDays(-i).ToString("yyyy-MM-dd"),
                Sources = [new EventParticipant(i % 3 == 0 ? Folded : Peskov, "RUS", "RUSGOV", "Peskov")],
                Articles = [$"art-{i:D3}"],
                IndependentSources = 1,
            }).ToList();
            store.SaveCorpus(CorpusSnapshot.Empty with { Entities = [.. entities.OrderBy(e => e.Id, StringComparer.Ordinal)], Events = [.. CorpusSnapshot.InOrder(events)] });
        }

        app = new DossierFactory(db);
    }

    public void Dispose()
    {
        app.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task The_entities_page_shows_a_hundred_entities_most_mentioned_first_with_a_pager_that_keeps_the_filter()
    {
        var browser = app.Browser();
        string first = await browser.GetStringAsync(U("/entities"));
        Assert.Contains("150 entities across the stored articles", first, StringComparison.Ordinal);
        Assert.Contains("Entities 1&#x2013;100 of 150.", first, StringComparison.Ordinal);
        Assert.Equal(100, Rows(first));
        Assert.Contains("<td><a href=\"/entities/ent%3Aperson%3Admitry-peskov\">Dmitry Peskov</a></td><td>PERSON</td><td>RUS</td>", first, StringComparison.Ordinal);
        Assert.True(first.IndexOf("Dmitry Peskov", StringComparison.Ordinal) < first.IndexOf("Org 000", StringComparison.Ordinal));
        Assert.DoesNotContain("Org 099", first, StringComparison.Ordinal);

        string second = await browser.GetStringAsync(U("/entities?page=2"));
        Assert.Equal(50, Rows(second));
        Assert.Contains("Org 099", second, StringComparison.Ordinal);
        Assert.Contains("Org 148", second, StringComparison.Ordinal);

        string filtered = await browser.GetStringAsync(U("/entities?name=ORG%2014&type=org"));
        Assert.Contains("9 entities across the stored articles", filtered, StringComparison.Ordinal); // Org 140 to Org 148
        Assert.Equal(9, Rows(filtered));
        Assert.DoesNotContain("id=\"entities-pages\"", filtered, StringComparison.Ordinal);

        string beyond = await browser.GetStringAsync(U("/entities?page=3&type=PERSON"));
        Assert.Contains("No entities on page 3; there are 1.", beyond, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.GetAsync(U("/entities?page=x"))).StatusCode);

        using var api = await Json(await app.CreateClient().GetAsync(U("/api/corpus/entities?type=ORG&page=2&page_size=100")));
        Assert.Equal(149, api.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(49, api.RootElement.GetProperty("items").GetArrayLength());
        Assert.Equal("Org 100", api.RootElement.GetProperty("items")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_entitys_page_named_by_a_folded_in_id_lists_its_first_quotes_events_and_articles()
    {
        string page = await app.Browser().GetStringAsync(U("/entities/" + Uri.EscapeDataString(Folded)));
        Assert.Contains("<h1>Dmitry Peskov</h1>", page, StringComparison.Ordinal);

        // Quotes by either id, in the articles' order: the first 200 of 210.
        Assert.Contains("<p class=\"muted\" id=\"quotes-shown\">The first 200 of 210 quotes.</p>", page, StringComparison.Ordinal);
        var quotes = Items(page, "quotes");
        Assert.Equal(200, quotes.Count);
        Assert.Contains("Point 000.", quotes[0], StringComparison.Ordinal);
        Assert.Contains("Point 199.", quotes[199], StringComparison.Ordinal);

        // Events by either id, earliest first: the first 200 of 230 (the earliest is the 230th, 16 July 2023).
        var events = Items(page, "events");
        Assert.Equal(200, events.Count);
        Assert.StartsWith("2023-07-16 &#xB7; 010 make statement", events[0], StringComparison.Ordinal);
        Assert.Contains("Statement 229.", events[0], StringComparison.Ordinal);
        Assert.Contains("Statement 030.", events[199], StringComparison.Ordinal);

        // Mentions in 250 articles: the first 200 listed, and how many there are said.
        Assert.Contains("<h2>Mentions (250)</h2><p class=\"muted\" id=\"mentions-shown\">The first 200 of 250 articles;", page, StringComparison.Ordinal);
        Assert.Equal(200, Items(page, "mentions").Count);
        Assert.Contains("<a href=\"/articles/art-199\">art-199</a>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/articles/art-200\"", page, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().GetAsync(U("/entities/ent:person:nobody"))).StatusCode);
        using var api = await Json(await app.CreateClient().GetAsync(U("/api/corpus/entities/" + Uri.EscapeDataString(Folded))));
        Assert.Equal(Peskov, api.RootElement.GetProperty("id").GetString());
        Assert.Equal(250, api.RootElement.GetProperty("mentions").GetArrayLength());
    }

    [Fact]
    public async Task A_snapshot_saved_without_the_entity_listing_shows_the_same_pages_from_its_entities()
    {
        var browser = app.Browser();
        string[] urls = ["/entities?page=2", "/entities?name=org%2014", "/api/corpus/entities?country=rus", "/api/corpus/entities/" + Uri.EscapeDataString(Folded)];
        var before = new List<string>();
        foreach (string url in urls)
        {
            before.Add(await browser.GetStringAsync(U(url)));
        }

        string entityPage = Tokenless(await browser.GetStringAsync(U("/entities/" + Uri.EscapeDataString(Peskov))));

        // The same snapshot saved as a build before the listing saved it: its items only.
        using (var store = SqliteArticleStore.Open(Path.Combine(folder, "entities.db")))
        {
            var snapshot = store.LoadCorpus();
            using var writer = store.WriteCorpus();
            CorpusSnapshotJson.Write(snapshot, new CorpusItemSink(writer));
            writer.Commit();
            Assert.Null(EntityListing.Read(store));
        }

        for (int i = 0; i < urls.Length; i++)
        {
            Assert.Equal(before[i], await browser.GetStringAsync(U(urls[i])));
        }

        Assert.Equal(entityPage, Tokenless(await browser.GetStringAsync(U("/entities/" + Uri.EscapeDataString(Peskov)))));
    }

    /// <summary>A page without its anti-forgery tokens, which differ from request to request.</summary>
    private static string Tokenless(string html) => TokenPattern().Replace(html, "value=\"token\"");

    [GeneratedRegex("value=\"[A-Za-z0-9_-]{40,}\"")]
    private static partial Regex TokenPattern();

    private static int Rows(string html) => html.Split("<tr>").Length - 2;

    /// <summary>The items of the list with id <paramref name="id"/>.</summary>
    private static List<string> Items(string html, string id)
    {
        int start = html.IndexOf($"<ul id=\"{id}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no list {id}");
        string list = html[start..html.IndexOf("</ul>", start, StringComparison.Ordinal)];
        return [.. ItemPattern().Matches(list).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex("<li>(.*?)</li>", RegexOptions.Singleline)]
    private static partial Regex ItemPattern();
}
