using System.Net;
using Dossier.Model;
using Dossier.Storage;
using Dossier.Storage.Sqlite;
using static Dossier.Web.Tests.Http;

namespace Dossier.Web.Tests.Api;

/// <summary>
/// The quote, event and entity stages are being built in parallel; this store holds one article annotated by hand, as
/// those stages will annotate it, so the lists, filters, pages and exports are checked on real content now.
/// </summary>
public sealed class AnnotatedStoreTests : IDisposable
{
    private const string Body = "Putin met Mokhber in Astana on Thursday.\n\"Our ties are deep,\" Mokhber said.\nJalali denied the suspension.";

    private readonly string folder = Directory.CreateTempSubdirectory("dossier-annotated-").FullName;
    private readonly DossierFactory app;

    public AnnotatedStoreTests()
    {
        string db = Path.Combine(folder, "annotated.db");
        var doc = new Document("annotated-1", Body, new ArticleMetadata { Source = "annotated.txt", Title = "Envoys meet", Outlet = "Test Times", Published = new DateOnly(2024, 7, 5) });
        int S(string s) => Body.IndexOf(s, StringComparison.Ordinal);
        doc.Entities.Add(new EntityMention(S("Putin"), S("Putin") + 5, "PERSON", "ent:putin"));
        doc.Entities.Add(new EntityMention(S("Mokhber"), S("Mokhber") + 7, "PERSON", "ent:mokhber"));
        doc.Entities.Add(new EntityMention(S("Mokhber said"), S("Mokhber said") + 7, "PERSON", "ent:mokhber"));
        doc.Entities.Add(new EntityMention(S("Astana"), S("Astana") + 6, "GPE"));
        doc.Timexes.Add(new TimexMention(S("Thursday"), S("Thursday") + 8, "DATE", "2024-07-04") { Anchor = "dct" });
        doc.Quotes.Add(new QuoteMention(S("\"Our"), S(" Mokhber said"), "direct", new MentionRef(S("Mokhber said"), S("Mokhber said") + 7, "ent:mokhber"), "said") { VerbClass = "say" });
        doc.Events.Add(new EventMention("040", "consult", new TextSpan(S("met"), S("met") + 3), "asserted")
        {
            Sources = [new EventActor(S("Putin"), S("Putin") + 5, "ent:putin", "RUSGOV")],
            Targets = [new EventActor(S("Mokhber"), S("Mokhber") + 7, "ent:mokhber", "IRNGOV")],
            Date = "2024-07-04",
        });
        using (var store = SqliteArticleStore.Open(db))
        {
            store.Save(new ArticleRecord(doc.Id, 1, "hash", doc.Metadata, Body, DateTimeOffset.UnixEpoch), doc);
        }

        app = new DossierFactory(db);
    }

    public void Dispose()
    {
        app.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Lists_quotes_with_speaker_verb_and_outlet_and_filters_them()
    {
        var client = app.CreateClient();
        using var all = await Json(await client.GetAsync(U("/api/quotes")));
        var q = Assert.Single(all.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal("Mokhber", q.GetProperty("speaker").GetString());
        Assert.Equal("said", q.GetProperty("verb").GetString());
        Assert.Equal("Test Times", q.GetProperty("outlet").GetString());
        Assert.Equal("\"Our ties are deep,\"", q.GetProperty("span").GetProperty("text").GetString());
        using var none = await Json(await client.GetAsync(U("/api/quotes?speaker=Putin")));
        Assert.Equal(0, none.RootElement.GetProperty("total").GetInt32());
        using var byVerb = await Json(await client.GetAsync(U("/api/quotes?verb=say")));
        Assert.Equal(1, byVerb.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Lists_events_with_actors_and_the_sentence_as_evidence()
    {
        var client = app.CreateClient();
        using var events = await Json(await client.GetAsync(U("/api/events?code=04&actor=RUSGOV")));
        var e = Assert.Single(events.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal("2024-07-04", e.GetProperty("date").GetString());
        Assert.Equal("Putin", e.GetProperty("sources")[0].GetProperty("text").GetString());
        Assert.Equal("Putin met Mokhber in Astana on Thursday.", e.GetProperty("evidence").GetProperty("text").GetString());
        using var none = await Json(await client.GetAsync(U("/api/events?code=19")));
        Assert.Equal(0, none.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Groups_entity_mentions_by_resolved_id_else_by_name()
    {
        using var json = await Json(await app.CreateClient().GetAsync(U("/api/entities?type=PERSON")));
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        var mokhber = items.Single(i => i.GetProperty("entity").GetString() == "ent:mokhber");
        Assert.Equal(2, mokhber.GetProperty("mentions").GetInt32());
        using var places = await Json(await app.CreateClient().GetAsync(U("/api/entities?type=GPE")));
        Assert.Equal("GPE:Astana", Assert.Single(places.RootElement.GetProperty("items").EnumerateArray()).GetProperty("key").GetString());
    }

    [Fact]
    public async Task Entity_mentions_read_from_the_listing_the_rebuild_saves_are_those_grouped_from_the_documents()
    {
        var client = app.CreateClient();
        string[] urls = ["/api/entities", "/api/entities?type=person", "/api/entities?name=okh", "/api/entities?name=ASTANA&type=GPE", "/api/entities?page=2&page_size=1", "/api/entities?name=Tehran", "/api/export/entities.csv"];
        var before = new List<string>();
        foreach (string url in urls)
        {
            before.Add(await client.GetStringAsync(U(url)));
        }

        // Saved by hand without a rebuild: the store has no snapshot, so the documents were grouped.
        using (var store = SqliteArticleStore.Open(Path.Combine(folder, "annotated.db")))
        {
            Assert.Null(Dossier.Corpus.Entities.MentionListing.Read(store));
            Dossier.Corpus.CorpusService.Rebuild(store);
            Assert.Equal(3, Dossier.Corpus.Entities.MentionListing.Read(store)!.Groups);
        }

        for (int i = 0; i < urls.Length; i++)
        {
            Assert.Equal(before[i], await client.GetStringAsync(U(urls[i])));
        }

        Assert.Contains("\"names\":[\"Mokhber\"],\"mentions\":2,\"articles\":[\"annotated-1\"]", before[0], StringComparison.Ordinal);
        Assert.Contains("\"total\":0", before[5], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pages_show_the_annotations_with_links_to_their_evidence()
    {
        var browser = app.Browser();
        string quotes = await browser.GetStringAsync(U("/quotes"));
        Assert.Contains("<td>Mokhber</td><td>Test Times</td><td>said</td>", quotes, StringComparison.Ordinal);
        Assert.Contains("href=\"/articles/annotated-1?start=", quotes, StringComparison.Ordinal);
        string events = await browser.GetStringAsync(U("/events"));
        Assert.Contains("<td>2024-07-04</td><td>040 consult</td><td>Putin</td><td>Mokhber</td><td>asserted</td>", events, StringComparison.Ordinal);
        string article = await browser.GetStringAsync(U("/articles/annotated-1"));
        Assert.Contains("Quotes (1)", article, StringComparison.Ordinal);
        Assert.Contains("DATE 2024-07-04", article, StringComparison.Ordinal);
        string entities = await browser.GetStringAsync(U("/entities"));
        Assert.Contains(">Mokhber</a></td><td>PERSON</td>", entities, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exports_events_in_gdelt_like_columns_and_a_dated_markdown_timeline()
    {
        var client = app.CreateClient();
        string csv = await client.GetStringAsync(U("/api/export/events.csv"));
        var row = csv.Split("\r\n")[1];
        Assert.StartsWith("evt:annotated-1:0,20240704,2024-07-04,Putin,RUSGOV,Mokhber,IRNGOV,,040,040,04,", row, StringComparison.Ordinal);
        string quotes = await client.GetStringAsync(U("/api/export/quotes.csv"));
        Assert.Contains(",direct,Mokhber,ent:mokhber,said,say,Test Times,2024-07-05,", quotes, StringComparison.Ordinal);
        string md = await client.GetStringAsync(U("/api/export/timeline.md"));
        Assert.Contains("- **2024-07-04** consult (040): Putin met Mokhber in Astana on Thursday. — Envoys meet", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_evidence_view_links_other_articles_by_entity_id_when_entities_are_resolved()
    {
        var client = app.CreateClient();
        using var content = new StringContent("{\"text\": \"Another report.\"}", System.Text.Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync(U("/api/articles"), content)).StatusCode);
        string html = await app.Browser().GetStringAsync(U("/articles/annotated-1?start=0&end=40"));
        Assert.Contains("<mark id=\"evidence\">Putin met Mokhber in Astana on Thursday.</mark>", html, StringComparison.Ordinal);
        Assert.Contains("No other stored article has a sentence sharing", html, StringComparison.Ordinal);
    }
}
