using System.Net;
using System.Net.Http.Json;
using static Dossier.Web.Tests.Http;

namespace Dossier.Web.Tests.Pages;

/// <summary>Analyst corrections from the entity page: stored as decisions, applied at once, kept across a later ingest, refused without a token.</summary>
[Collection(SeedCollection.Name)]
public sealed class EntityDecisionTests(SeedStore seeds) : IDisposable
{
    private const string Jalali = "/entities/ent%3Aperson%3Akazem-jalali";

    private readonly DossierFactory app = new(seeds.CopyDb());

    public void Dispose() => app.Dispose();

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__af", token)));

    [Fact]
    public async Task Renaming_stores_a_decision_that_survives_the_next_ingest()
    {
        var browser = app.Browser();
        string token = await DossierFactory.AntiforgeryToken(browser, Jalali);
        var response = await browser.PostAsync(U(Jalali + "/rename"), Form(token, ("name", "Kazem Jalali <envoy>"), ("reason", "full title")));
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        string location = response.Headers.Location!.OriginalString;
        Assert.StartsWith(Jalali + "?decision=", location, StringComparison.Ordinal);
        string page = await browser.GetStringAsync(U(location));
        Assert.Contains("<h1>Kazem Jalali &lt;envoy&gt;</h1>", page, StringComparison.Ordinal);
        Assert.Contains("id=\"decision\"", page, StringComparison.Ordinal);

        using var content = JsonContent.Create(new { text = "Envoy speaks\n\nJuly 9, 2024\n\nTEHRAN – Kazem Jalali spoke again about the treaty.", source = "later" });
        Assert.Equal(HttpStatusCode.Created, (await app.CreateClient().PostAsync(U("/api/articles"), content)).StatusCode);
        using var entity = await Json(await app.CreateClient().GetAsync(U("/api/corpus/entities/ent%3Aperson%3Akazem-jalali")));
        Assert.Equal("Kazem Jalali <envoy>", entity.RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Merging_and_deleting_change_the_entity_list()
    {
        var browser = app.Browser();
        using var before = await Json(await app.CreateClient().GetAsync(U("/api/corpus/entities?page_size=200")));
        int count = before.RootElement.GetProperty("total").GetInt32();
        string token = await DossierFactory.AntiforgeryToken(browser, "/entities/ent%3AIRN");
        var merged = await browser.PostAsync(U("/entities/ent%3AIRN/merge"), Form(token, ("other", "ent:RUS"), ("reason", "test")));
        Assert.Equal(HttpStatusCode.SeeOther, merged.StatusCode);
        using var afterMerge = await Json(await app.CreateClient().GetAsync(U("/api/corpus/entities/ent%3AIRN")));
        Assert.Contains("ent:RUS", afterMerge.RootElement.GetProperty("member_ids").EnumerateArray().Select(m => m.GetString()));
        var deleted = await browser.PostAsync(U("/entities/ent%3Aperson%3Akazem-jalali/delete"), Form(await DossierFactory.AntiforgeryToken(browser, Jalali)));
        Assert.Equal(HttpStatusCode.SeeOther, deleted.StatusCode);
        Assert.Equal("/entities", deleted.Headers.Location!.OriginalString);
        using var after = await Json(await app.CreateClient().GetAsync(U("/api/corpus/entities?page_size=200")));
        Assert.Equal(count - 2, after.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(U("/api/corpus/entities/ent%3Aperson%3Akazem-jalali"))).StatusCode);
    }

    [Fact]
    public async Task Corrections_without_a_token_or_with_bad_fields_are_refused()
    {
        var client = app.CreateClient();
        await AssertProblem(await client.PostAsync(U(Jalali + "/rename"), new FormUrlEncodedContent([KeyValuePair.Create("name", "X")])), HttpStatusCode.BadRequest, "DOS1106");
        var browser = app.Browser();
        string token = await DossierFactory.AntiforgeryToken(browser, Jalali);
        var json = app.CreateClient();
        foreach (var (path, fields) in new[]
        {
            (Jalali + "/rename", new[] { ("name", "   ") }),
            (Jalali + "/merge", new[] { ("other", "Gondor") }),
            (Jalali + "/merge", new[] { ("other", "ent:person:kazem-jalali") }),
        })
        {
            var response = await browser.PostAsync(U(path), Form(token, fields));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("DOS1143", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await browser.PostAsync(U("/entities/ent%3Anope/delete"), Form(token))).StatusCode);
        using var entity = await Json(await json.GetAsync(U("/api/corpus/entities/ent%3Aperson%3Akazem-jalali")));
        Assert.Equal("Kazem Jalali", entity.RootElement.GetProperty("name").GetString());
    }
}
