using System.Net;
using System.Text.Json;
using static Dossier.Web.Tests.Http;

namespace Dossier.Web.Tests.Api;

/// <summary>The API over what the corpus stages established on the seeds: stories, timeline, merged events, claims, agreements, dyads, entities.</summary>
[Collection(SeedCollection.Name)]
public sealed class CorpusApiTests(SeedStore seeds)
{
    private const string Astana = "Mokhber and Putin met on Thursday in Astana, Kazakhstan's capital, during the Shanghai Cooperation Organization summit.";

    private readonly HttpClient client = seeds.App.CreateClient();

    private async Task<string> StoryId()
    {
        using var stories = await Json(await client.GetAsync(U("/api/stories")));
        return stories.RootElement.GetProperty("items")[0].GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task Lists_the_seed_story_with_its_span_outlets_and_counts()
    {
        using var json = await Json(await client.GetAsync(U("/api/stories")));
        var story = Assert.Single(json.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(5, story.GetProperty("article_count").GetInt32());
        Assert.Equal(5, story.GetProperty("articles").GetArrayLength());
        Assert.Equal("2024-06-11", story.GetProperty("first").GetString());
        Assert.Contains("Reuters", story.GetProperty("outlets").EnumerateArray().Select(o => o.GetString()));
        Assert.True(story.GetProperty("events").GetInt32() > 0);
        string id = story.GetProperty("id").GetString()!;
        using var one = await Json(await client.GetAsync(U("/api/stories/" + Uri.EscapeDataString(id))));
        Assert.Equal(id, one.RootElement.GetProperty("id").GetString());
        using var none = await Json(await client.GetAsync(U("/api/stories?outlet=No%20Such%20Outlet")));
        Assert.Equal(0, none.RootElement.GetProperty("total").GetInt32());
        using var before = await Json(await client.GetAsync(U("/api/stories?to=2020-01-01")));
        Assert.Equal(0, before.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_story_timeline_has_the_Astana_meeting_with_two_independent_sources()
    {
        string story = await StoryId();
        using var json = await Json(await client.GetAsync(U("/api/timeline?page_size=200&story=" + Uri.EscapeDataString(story))));
        var entries = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        var july4 = entries.Single(e => e.GetProperty("date").GetString() == "2024-07-04");
        Assert.Equal("exact", july4.GetProperty("shape").GetString());
        Assert.Equal(2, july4.GetProperty("independent_sources").GetInt32());
        Assert.Equal(2, july4.GetProperty("sources").GetArrayLength());
        Assert.StartsWith("/evidence/events/evt%3A", july4.GetProperty("evidence").GetString(), StringComparison.Ordinal);
        Assert.Contains(entries, e => e.GetProperty("shape").GetString() == "month");
        Assert.Contains(entries, e => e.GetProperty("shape").GetString() == "range");
        var dates = entries.Select(e => e.GetProperty("earliest").GetString()!).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);

        string lead = july4.GetProperty("events")[0].GetString()!;
        using var evt = await Json(await client.GetAsync(U("/api/timeline/events/" + Uri.EscapeDataString(lead))));
        var evidence = evt.RootElement.GetProperty("evidence").EnumerateArray().ToList();
        Assert.Contains(evidence, e => e.GetProperty("sentence").GetString() == Astana);
        Assert.Equal(2, evt.RootElement.GetProperty("independent_sources").GetInt32());
    }

    [Fact]
    public async Task The_timeline_filters_by_actor_type_and_top()
    {
        using var all = await Json(await client.GetAsync(U("/api/timeline?page_size=200")));
        int total = all.RootElement.GetProperty("total").GetInt32();
        using var top = await Json(await client.GetAsync(U("/api/timeline?top=3")));
        Assert.Equal(3, top.RootElement.GetProperty("total").GetInt32());
        Assert.Contains(top.RootElement.GetProperty("items").EnumerateArray(), e => e.GetProperty("date").GetString() == "2024-07-04");
        using var consult = await Json(await client.GetAsync(U("/api/timeline?page_size=200&type=04")));
        int consults = consult.RootElement.GetProperty("total").GetInt32();
        Assert.InRange(consults, 1, total - 1);
        // Astana is the meeting's place, not a party to it, so the actor filter takes the United States (Blinken's claims).
        using var american = await Json(await client.GetAsync(U("/api/timeline?page_size=200&actor=USA")));
        var dates = american.RootElement.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("date").GetString()).ToList();
        Assert.Contains("2024-09-11", dates);
        Assert.DoesNotContain("2024-07-04", dates);
        Assert.True(dates.Count < total, "an actor filter that keeps every date filters nothing");
    }

    [Fact]
    public async Task Pages_of_the_whole_timeline_read_from_its_index_join_up_to_the_whole_in_date_order()
    {
        using var all = await Json(await client.GetAsync(U("/api/timeline?page_size=200")));
        var whole = all.RootElement.GetProperty("items").EnumerateArray().Select(e => e.GetRawText()).ToList();
        Assert.True(whole.Count > 4, $"the seeds' timeline has {whole.Count} dates");
        var paged = new List<string>();
        string? next = "/api/timeline?page_size=3";
        while (next is not null)
        {
            using var page = await Json(await client.GetAsync(U(next)));
            Assert.Equal(whole.Count, page.RootElement.GetProperty("total").GetInt32());
            var items = page.RootElement.GetProperty("items").EnumerateArray().Select(e => e.GetRawText()).ToList();
            Assert.InRange(items.Count, 1, 3);
            paged.AddRange(items);
            next = page.RootElement.GetProperty("next").GetString();
        }

        Assert.Equal(whole, paged);
        using var beyond = await Json(await client.GetAsync(U("/api/timeline?page_size=3&page=99")));
        Assert.Empty(beyond.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(whole.Count, beyond.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Lists_the_suspension_claim_as_disputed_with_Jalali_denying_it()
    {
        using var json = await Json(await client.GetAsync(U("/api/claims?status=disputed&about=suspend")));
        var claim = json.RootElement.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("proposition").GetString()!.Contains("suspended", StringComparison.Ordinal));
        Assert.Equal("disputed", claim.GetProperty("status").GetString());
        var stances = claim.GetProperty("stances").EnumerateArray().ToList();
        Assert.Contains(stances, s => s.GetProperty("position").GetString() == "denies" && s.GetProperty("by_text").GetString()!.Contains("Jalali", StringComparison.Ordinal));
        Assert.Contains(stances, s => s.GetProperty("position").GetString() == "asserts");
        string id = claim.GetProperty("id").GetString()!;
        using var one = await Json(await client.GetAsync(U("/api/claims/" + Uri.EscapeDataString(id))));
        Assert.Equal(stances.Count, one.RootElement.GetProperty("stances").GetArrayLength());
        using var denied = await Json(await client.GetAsync(U("/api/claims?status=denied")));
        Assert.All(denied.RootElement.GetProperty("items").EnumerateArray(), c => Assert.Equal("denied", c.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Lists_the_partnership_treaty_with_its_dated_state_history()
    {
        using var json = await Json(await client.GetAsync(U("/api/agreements?party=Iran&page_size=1")));
        Assert.True(json.RootElement.GetProperty("total").GetInt32() > 1);
        var treaty = json.RootElement.GetProperty("items")[0];
        Assert.Equal("comprehensive strategic partnership treaty", treaty.GetProperty("name").GetString());
        var history = treaty.GetProperty("history").EnumerateArray().ToList();
        Assert.Contains(history, h => h.GetProperty("date").ValueKind == JsonValueKind.String && h.GetProperty("state").GetString() == "announced");
        Assert.All(history, h => Assert.NotEqual(0, h.GetProperty("evidence").GetArrayLength()));
        string id = treaty.GetProperty("id").GetString()!;
        using var one = await Json(await client.GetAsync(U("/api/agreements/" + Uri.EscapeDataString(id))));
        Assert.Equal(history.Count, one.RootElement.GetProperty("history").GetArrayLength());
        using var none = await Json(await client.GetAsync(U("/api/agreements?party=Gondor")));
        Assert.Equal(0, none.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Dyads_list_country_pairs_and_give_a_monthly_trend()
    {
        using var pairs = await Json(await client.GetAsync(U("/api/dyads?actor=IRN")));
        var items = pairs.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, p => p.GetProperty("a").GetString() == "IRN" && p.GetProperty("b").GetString() == "RUS");
        Assert.All(items, p => Assert.True(p.GetProperty("a").GetString() == "IRN" || p.GetProperty("b").GetString() == "IRN"));
        using var trend = await Json(await client.GetAsync(U("/api/dyads/IRN/RUS")));
        var points = trend.RootElement.GetProperty("points").EnumerateArray().ToList();
        var july = points.Single(p => p.GetProperty("month").GetString() == "2024-07");
        Assert.Equal(july.GetProperty("count").GetInt32(), july.GetProperty("events").GetArrayLength());
        Assert.Equal(points.Select(p => p.GetProperty("month").GetString()).Order(StringComparer.Ordinal), points.Select(p => p.GetProperty("month").GetString()));
    }

    [Fact]
    public async Task Entities_across_articles_with_names_roles_and_mentions()
    {
        using var json = await Json(await client.GetAsync(U("/api/corpus/entities?type=PERSON&name=Jalali")));
        var jalali = Assert.Single(json.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal("PERSON", jalali.GetProperty("type").GetString());
        Assert.True(jalali.GetProperty("mentions").GetInt32() >= 2);
        string id = jalali.GetProperty("id").GetString()!;
        using var one = await Json(await client.GetAsync(U("/api/corpus/entities/" + Uri.EscapeDataString(id))));
        var mention = one.RootElement.GetProperty("mentions")[0];
        using var article = await Json(await client.GetAsync(U("/api/articles/" + mention.GetProperty("article").GetString())));
        string body = article.RootElement.GetProperty("body").GetString()!;
        Assert.Equal(mention.GetProperty("text").GetString(), body[mention.GetProperty("start").GetInt32()..mention.GetProperty("end").GetInt32()]);
        using var iran = await Json(await client.GetAsync(U("/api/corpus/entities?country=IRN&type=GPE")));
        Assert.Contains(iran.RootElement.GetProperty("items").EnumerateArray(), e => e.GetProperty("id").GetString() == "ent:IRN");
    }

    [Theory]
    [InlineData("/api/stories?page=0", HttpStatusCode.BadRequest, "DOS1110")]
    [InlineData("/api/stories?from=July", HttpStatusCode.BadRequest, "DOS1112")]
    [InlineData("/api/stories/story:nope", HttpStatusCode.NotFound, "DOS1135")]
    [InlineData("/api/timeline?story=story:nope", HttpStatusCode.NotFound, "DOS1135")]
    [InlineData("/api/timeline?top=0", HttpStatusCode.BadRequest, "DOS1140")]
    [InlineData("/api/timeline?top=many", HttpStatusCode.BadRequest, "DOS1140")]
    [InlineData("/api/timeline?type=consult", HttpStatusCode.BadRequest, "DOS1140")]
    [InlineData("/api/timeline?page_size=500", HttpStatusCode.BadRequest, "DOS1110")]
    [InlineData("/api/timeline/events/evt:nope", HttpStatusCode.NotFound, "DOS1136")]
    [InlineData("/api/claims?status=rumoured", HttpStatusCode.BadRequest, "DOS1142")]
    [InlineData("/api/claims?story=story:nope", HttpStatusCode.NotFound, "DOS1135")]
    [InlineData("/api/claims/c:nope", HttpStatusCode.NotFound, "DOS1137")]
    [InlineData("/api/agreements?page_size=0", HttpStatusCode.BadRequest, "DOS1110")]
    [InlineData("/api/agreements/agr:nope", HttpStatusCode.NotFound, "DOS1138")]
    [InlineData("/api/dyads/IRN/irn", HttpStatusCode.BadRequest, "DOS1141")]
    [InlineData("/api/dyads?page=x", HttpStatusCode.BadRequest, "DOS1110")]
    [InlineData("/api/corpus/entities?page_size=-1", HttpStatusCode.BadRequest, "DOS1110")]
    [InlineData("/api/corpus/entities/ent:nope", HttpStatusCode.NotFound, "DOS1139")]
    public async Task Bad_requests_get_problem_details(string url, HttpStatusCode status, string code) =>
        await AssertProblem(await client.GetAsync(U(url)), status, code);

    [Fact]
    public async Task Pages_corpus_lists_with_a_next_link()
    {
        using var first = await Json(await client.GetAsync(U("/api/corpus/entities?page_size=2")));
        string next = first.RootElement.GetProperty("next").GetString()!;
        using var second = await Json(await client.GetAsync(U(next)));
        Assert.Equal(2, second.RootElement.GetProperty("page").GetInt32());
        Assert.NotEqual(first.RootElement.GetProperty("items")[0].GetProperty("id").GetString(), second.RootElement.GetProperty("items")[0].GetProperty("id").GetString());
        using var claims = await Json(await client.GetAsync(U("/api/claims?page_size=1")));
        Assert.Equal(1, claims.RootElement.GetProperty("items").GetArrayLength());
        Assert.Contains("page=2", claims.RootElement.GetProperty("next").GetString(), StringComparison.Ordinal);
    }
}
