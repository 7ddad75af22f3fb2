using System.Text.Json;

namespace Dossier.Cli.Tests;

/// <summary>The seed articles' metadata, checked against the articles section of ../shared/seeds/expected.json.</summary>
public sealed class SeedArticleTests(SeedStoreFixture seeds) : IClassFixture<SeedStoreFixture>
{
    public static TheoryData<string> ExpectedArticles()
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(RepoPaths.ExpectedJson));
        var data = new TheoryData<string>();
        foreach (var a in expected.RootElement.GetProperty("articles").EnumerateArray())
        {
            data.Add(a.GetRawText());
        }

        return data;
    }

    [Fact]
    public void Ingesting_the_samples_twice_stores_five_articles_not_ten()
    {
        Assert.True(seeds.FirstIngest.ExitCode == 0, seeds.FirstIngest.ToString());
        Assert.Contains("5 new, 0 new versions, 0 unchanged, 0 failed", seeds.FirstIngest.Stdout, StringComparison.Ordinal);
        Assert.True(seeds.SecondIngest.ExitCode == 0, seeds.SecondIngest.ToString());
        Assert.Contains("0 new, 0 new versions, 5 unchanged, 0 failed", seeds.SecondIngest.Stdout, StringComparison.Ordinal);
        Assert.Equal(5, seeds.Export.RootElement.GetProperty("articles").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(ExpectedArticles))]
    public void Each_article_has_the_expected_metadata(string expectedJson)
    {
        using var parsed = JsonDocument.Parse(expectedJson);
        var e = parsed.RootElement;
        var a = seeds.Article(e.GetProperty("file").GetString()!);
        var expectedPublished = e.GetProperty("published");

        Assert.Equal(expectedPublished.ValueKind == JsonValueKind.Null ? null : expectedPublished.GetString(), a.GetProperty("published").GetString());
        ContainsIfGiven(e, "title_contains", a, "title");
        ContainsIfGiven(e, "dateline_contains", a, "dateline");
        ContainsIfGiven(e, "byline_contains", a, "byline");
        if (e.TryGetProperty("wire", out var wire))
        {
            Assert.Equal(wire.GetString(), a.GetProperty("wire").GetString());
        }

        string body = a.GetProperty("body").GetString()!;
        foreach (var furniture in Strings(e, "not_in_body"))
        {
            Assert.DoesNotContain(furniture, body, StringComparison.Ordinal);
        }

        var captions = a.GetProperty("captions").EnumerateArray().Select(c => c.GetString()!).ToList();
        foreach (var caption in Strings(e, "captions_contain"))
        {
            Assert.Contains(captions, c => c.Contains(caption, StringComparison.Ordinal));
            Assert.DoesNotContain(caption, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Search_finds_sentences_in_the_stored_articles()
    {
        var result = CliRunner.Run(seeds.Folder, "search", "\"not the case\"", "--db", seeds.Db, "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var hits = JsonDocument.Parse(result.Stdout);
        var hit = Assert.Single(hits.RootElement.EnumerateArray());
        Assert.Contains("Kazem Jalali said this was not the case", hit.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Show_finds_an_article_by_file_name_and_a_missing_one_is_an_error()
    {
        var shown = CliRunner.Run(seeds.Folder, "show", "003_246c7bada9d0c667", "--db", seeds.Db);
        var missing = CliRunner.Run(seeds.Folder, "show", "no-such-article", "--db", seeds.Db);

        Assert.True(shown.ExitCode == 0, shown.ToString());
        Assert.Contains("Adam Morrow", shown.Stdout, StringComparison.Ordinal);
        Assert.Contains("caption: Russian Prime Minister Mikhail Mishustin chairs", shown.Stdout, StringComparison.Ordinal);
        Assert.True(missing.ExitCode == 1, missing.ToString());
        Assert.Equal(["error: no-such-article: no stored article has this id, source or file name (see 'dossier articles')"], missing.ErrorLines);
    }

    [Fact]
    public void Report_names_every_article()
    {
        var report = CliRunner.Run(seeds.Folder, "report", "--db", seeds.Db);

        Assert.True(report.ExitCode == 0, report.ToString());
        Assert.Contains("5 article(s)", report.Stdout, StringComparison.Ordinal);
        foreach (string stem in new[] { "000_2a9e6c8df86a9554", "001_92e7f391879ebd38", "002_655b4ba9bfca9600", "003_246c7bada9d0c667", "004_0ae074166cb28726" })
        {
            Assert.Contains(stem, report.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Export_follows_the_contract_shape()
    {
        var root = seeds.Export.RootElement;

        Assert.Equal("dossier.export/1", root.GetProperty("schema").GetString());
        foreach (string array in new[] { "articles", "entities", "events", "quotes", "claims", "agreements", "stories" })
        {
            Assert.Equal(JsonValueKind.Array, root.GetProperty(array).ValueKind);
        }

        foreach (var a in root.GetProperty("articles").EnumerateArray())
        {
            foreach (string field in new[] { "id", "source", "title", "outlet", "wire", "published", "published_range", "dateline", "byline", "body", "captions", "duplicate_of", "story" })
            {
                Assert.True(a.TryGetProperty(field, out _), $"article lacks '{field}'");
            }

            Assert.EndsWith(".txt", a.GetProperty("source").GetString(), StringComparison.Ordinal);
        }
    }

    private static void ContainsIfGiven(JsonElement expected, string key, JsonElement article, string field)
    {
        if (expected.TryGetProperty(key, out var value))
        {
            Assert.Contains(value.GetString()!, article.GetProperty(field).GetString() ?? string.Empty, StringComparison.Ordinal);
        }
    }

    private static IEnumerable<string> Strings(JsonElement e, string key) =>
        e.TryGetProperty(key, out var arr) ? arr.EnumerateArray().Select(x => x.GetString()!) : [];
}
