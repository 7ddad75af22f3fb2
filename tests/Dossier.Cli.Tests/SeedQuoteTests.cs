using System.Text.Json;

namespace Dossier.Cli.Tests;

/// <summary>
/// The seed articles' quotes and reported speech, checked against ../shared/seeds/expected.json ("quotes",
/// "reported_speech"): each is found in its article with its speaker (by the speaker's words or any name of the
/// speaker's entity); nothing is quoted from page furniture, captions or comments; pronouns are resolved.
/// </summary>
public sealed class SeedQuoteTests(SeedStoreFixture seeds) : IClassFixture<SeedStoreFixture>
{
    public static TheoryData<string> Direct() => SeedClaimsTests.Expected("quotes");

    public static TheoryData<string> Reported() => SeedClaimsTests.Expected("reported_speech");

    [Theory]
    [MemberData(nameof(Direct))]
    public void Each_direct_quote_is_found_with_its_speaker(string expectedJson) => AssertFound(expectedJson, kinds: ["direct", "partial"]);

    [Theory]
    [MemberData(nameof(Reported))]
    public void Each_reported_statement_is_found_with_its_speaker(string expectedJson) => AssertFound(expectedJson, kinds: ["direct", "partial", "indirect"]);

    [Fact]
    public void No_quote_comes_from_captions_comments_or_page_furniture()
    {
        var articles = seeds.Export.RootElement.GetProperty("articles").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!, a => a);
        using var expected = JsonDocument.Parse(File.ReadAllText(RepoPaths.ExpectedJson));
        var furniture = expected.RootElement.GetProperty("articles").EnumerateArray()
            .SelectMany(a => a.TryGetProperty("not_in_body", out var n) ? n.EnumerateArray().Select(x => x.GetString()!) : []).ToList();
        var quotes = Quotes().ToList();
        Assert.NotEmpty(quotes);
        foreach (var q in quotes)
        {
            var article = articles[q.GetProperty("article").GetString()!];
            string body = article.GetProperty("body").GetString()!;
            string text = q.GetProperty("text").GetString()!;
            int start = q.GetProperty("start").GetInt32(), end = q.GetProperty("end").GetInt32();
            Assert.Equal(text, body[start..end]);
            Assert.DoesNotContain(furniture, f => text.Contains(f, StringComparison.OrdinalIgnoreCase));
            foreach (var caption in article.GetProperty("captions").EnumerateArray().Select(c => c.GetString()!))
            {
                Assert.False(caption.Contains(text, StringComparison.Ordinal) && !body.Contains(caption, StringComparison.Ordinal), $"'{text}' is quoted from a caption");
            }
        }
    }

    [Fact]
    public void Pronoun_speakers_are_resolved_to_a_name()
    {
        var pronouns = Quotes().Where(q => q.GetProperty("speaker_text").GetString() is "he" or "He" or "she" or "She").Select(q => q.GetProperty("text").GetString()).ToList();

        Assert.Empty(pronouns);
        var welcome = Assert.Single(Quotes(), q => q.GetProperty("text").GetString()!.StartsWith("We welcome Iran", StringComparison.Ordinal));
        Assert.Contains("Mishustin", welcome.GetProperty("speaker_text").GetString(), StringComparison.Ordinal);
        Assert.Contains("TASS", welcome.GetProperty("conduit_text").GetString(), StringComparison.Ordinal);
    }

    private IEnumerable<JsonElement> Quotes() => seeds.Export.RootElement.GetProperty("quotes").EnumerateArray();

    private void AssertFound(string expectedJson, string[] kinds)
    {
        using var parsed = JsonDocument.Parse(expectedJson);
        var e = parsed.RootElement;
        string source = e.GetProperty("source").GetString()!, speaker = e.GetProperty("speaker").GetString()!, contains = e.GetProperty("text_contains").GetString()!;
        string article = seeds.Article(source).GetProperty("id").GetString()!;
        var candidates = Quotes().Where(q => q.GetProperty("article").GetString() == article && kinds.Contains(q.GetProperty("kind").GetString())
            && q.GetProperty("text").GetString()!.Contains(contains, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(candidates.Count > 0, $"no quote of {source} contains '{contains}'");
        Assert.True(candidates.Any(q => Names(q).Any(n => n.Contains(speaker, StringComparison.OrdinalIgnoreCase))),
            $"'{contains}' is attributed to {string.Join(" / ", candidates.SelectMany(Names))}, not {speaker}");
    }

    private IEnumerable<string> Names(JsonElement quote)
    {
        if (quote.GetProperty("speaker_text").GetString() is { } text)
        {
            yield return text;
        }

        if (quote.GetProperty("speaker").GetString() is { } id)
        {
            foreach (var entity in seeds.Export.RootElement.GetProperty("entities").EnumerateArray().Where(x => x.GetProperty("id").GetString() == id))
            {
                yield return entity.GetProperty("name").GetString()!;
                foreach (var alias in entity.GetProperty("aliases").EnumerateArray())
                {
                    yield return alias.GetString()!;
                }
            }
        }
    }
}
