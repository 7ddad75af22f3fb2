using System.Text.Json;

namespace Dossier.Cli.Tests;

/// <summary>
/// The seed articles' disputes and agreements, checked against ../shared/seeds/expected.json with its matching rules:
/// texts match case-insensitively as substrings of a stance's words or of any name or alias of its entity; sources
/// are seed file names.
/// </summary>
public sealed class SeedClaimsTests(SeedStoreFixture seeds) : IClassFixture<SeedStoreFixture>
{
    public static TheoryData<string> Expected(string section)
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(RepoPaths.ExpectedJson));
        var data = new TheoryData<string>();
        foreach (var item in expected.RootElement.GetProperty(section).EnumerateArray())
        {
            data.Add(item.GetRawText());
        }

        return data;
    }

    public static TheoryData<string> Disputes() => Expected("disputes");

    public static TheoryData<string> Agreements() => Expected("agreements");

    [Theory]
    [MemberData(nameof(Disputes))]
    public void Each_dispute_is_one_disputed_claim_with_its_asserting_and_denying_sources(string expectedJson)
    {
        using var parsed = JsonDocument.Parse(expectedJson);
        var e = parsed.RootElement;
        var about = Strings(e, "about_any");
        var claims = seeds.Export.RootElement.GetProperty("claims").EnumerateArray()
            .Where(c => about.Any(a => Texts(c).Any(t => t.Contains(a, StringComparison.OrdinalIgnoreCase)))).ToList();

        var claim = Assert.Single(claims, c => c.GetProperty("status").GetString() == "disputed");
        var stances = claim.GetProperty("stances").EnumerateArray().ToList();
        Assert.Contains(stances, s => s.GetProperty("position").GetString() == "asserts" && Strings(e, "asserted_by_any").Any(n => Names(s, n)));
        Assert.Contains(stances, s => s.GetProperty("position").GetString() == "denies" && Strings(e, "denied_by_any").Any(n => Names(s, n)));
        var sources = stances.Select(s => Stem(s.GetProperty("article").GetString()!)).ToHashSet(StringComparer.Ordinal);
        Assert.All(Strings(e, "sources_all"), f => Assert.Contains(f, sources));
        if (e.TryGetProperty("sources_any", out _))
        {
            Assert.Contains(Strings(e, "sources_any"), sources.Contains);
        }
    }

    [Theory]
    [MemberData(nameof(Agreements))]
    public void Each_agreement_is_tracked_with_its_aliases_parties_term_history_and_sources(string expectedJson)
    {
        using var parsed = JsonDocument.Parse(expectedJson);
        var e = parsed.RootElement;
        var agreement = Agreement(e);

        var parties = Strings(agreement, "parties").SelectMany(EntityNames).Concat(Strings(agreement, "party_names")).ToList();
        Assert.All(Strings(e, "parties_all"), p => Assert.Contains(parties, n => n.Contains(p, StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(e.GetProperty("term_years").GetInt32(), agreement.GetProperty("term_years").GetInt32());
        var dates = agreement.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("date").GetString()).OfType<string>().ToList();
        Assert.Contains(Strings(e, "history_dates_any"), d => dates.Any(x => x.StartsWith(d, StringComparison.Ordinal)));
        var sources = Strings(agreement, "sources").Select(Stem).ToHashSet(StringComparer.Ordinal);
        Assert.All(Strings(e, "sources_all"), f => Assert.Contains(f, sources));
        Assert.Equal("signed", agreement.GetProperty("status").GetString());
    }

    [Theory]
    [MemberData(nameof(Agreements))]
    public void The_signing_date_is_the_expected_day_when_the_signing_article_can_be_dated_and_null_otherwise(string expectedJson)
    {
        using var parsed = JsonDocument.Parse(expectedJson);
        var e = parsed.RootElement;
        var agreement = Agreement(e);
        var signing = agreement.GetProperty("history").EnumerateArray().Single(h => h.GetProperty("state").GetString() == "signed")
            .GetProperty("evidence").EnumerateArray().Select(x => x.GetProperty("article").GetString()!).First();
        var article = seeds.Export.RootElement.GetProperty("articles").EnumerateArray().Single(a => a.GetProperty("id").GetString() == signing);
        bool datable = article.GetProperty("published").ValueKind == JsonValueKind.String || article.GetProperty("published_range").ValueKind == JsonValueKind.Array;

        // 004 states no date and says "on Friday": the day is known only once its publication is bounded; until then
        // the signing date is null, never a guess.
        Assert.Equal(datable ? e.GetProperty("signed").GetString() : null, agreement.GetProperty("signed").GetString());
    }

    [Fact]
    public void Claims_about_drones_are_the_supply_dispute_only_in_both_formats()
    {
        var json = CliRunner.Run(seeds.Folder, "claims", "--about", "drone", "--format", "json", "--db", seeds.Db);
        var text = CliRunner.Run(seeds.Folder, "claims", "--about", "drone", "--db", seeds.Db);

        Assert.True(json.ExitCode == 0, json.ToString());
        using var claims = JsonDocument.Parse(json.Stdout);
        var claim = Assert.Single(claims.RootElement.EnumerateArray());
        Assert.Equal("supply", claim.GetProperty("predicate").GetString());
        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.StartsWith("DISPUTED: ", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("Antony Blinken", text.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Agreements_lists_the_treaty_with_its_history_for_people_and_the_export_objects_for_scripts()
    {
        var text = CliRunner.Run(seeds.Folder, "agreements", "--db", seeds.Db);
        var json = CliRunner.Run(seeds.Folder, "agreements", "--format", "json", "--db", seeds.Db);

        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Contains("comprehensive strategic partnership treaty", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("announced", text.Stdout, StringComparison.Ordinal);
        using var list = JsonDocument.Parse(json.Stdout);
        using var export = JsonDocument.Parse(seeds.ExportText);
        Assert.Equal(export.RootElement.GetProperty("agreements").GetRawText().Replace(" ", string.Empty, StringComparison.Ordinal), list.RootElement.GetRawText().Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Reading_commands_refuse_a_missing_database()
    {
        var result = CliRunner.Run(seeds.Folder, "claims", "--db", Path.Combine(seeds.Folder, "missing.db"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no such database", result.Stderr, StringComparison.Ordinal);
    }

    /// <summary>The exported agreement whose name or an alias contains one of the expected names.</summary>
    private JsonElement Agreement(JsonElement expected)
    {
        var names = Strings(expected, "name_any");
        return Assert.Single(seeds.Export.RootElement.GetProperty("agreements").EnumerateArray(),
            a => Strings(a, "aliases").Append(a.GetProperty("name").GetString()!).Any(n => names.Any(x => n.Contains(x, StringComparison.OrdinalIgnoreCase))));
    }

    private bool Names(JsonElement stance, string name) =>
        stance.GetProperty("by_text").GetString()!.Contains(name, StringComparison.OrdinalIgnoreCase)
        || Strings(stance, "by_entities").Append(stance.GetProperty("by").GetString() ?? string.Empty).SelectMany(EntityNames).Any(n => n.Contains(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The name and aliases of an exported entity.</summary>
    private IEnumerable<string> EntityNames(string id) =>
        seeds.Export.RootElement.GetProperty("entities").EnumerateArray().Where(x => x.GetProperty("id").GetString() == id)
            .SelectMany(x => Strings(x, "aliases").Append(x.GetProperty("name").GetString()!));

    private static IEnumerable<string> Texts(JsonElement claim) =>
        claim.GetProperty("stances").EnumerateArray().Select(s => s.GetProperty("proposition").GetProperty("text").GetString()!).Append(claim.GetProperty("proposition").GetString()!);

    private string Stem(string articleId) =>
        Path.GetFileNameWithoutExtension(seeds.Export.RootElement.GetProperty("articles").EnumerateArray().Single(a => a.GetProperty("id").GetString() == articleId).GetProperty("source").GetString()!);

    private static List<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
}
