using System.Text.Json;

namespace Dossier.Cli.Tests;

/// <summary>
/// <c>dossier entities</c>, its corrections and <c>dossier entity</c>, run as a real process over the seed articles:
/// people named differently across articles are one entity, and analysts' decisions are re-applied after re-ingest.
/// </summary>
public sealed class EntitiesCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dossier-entities-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Db => Path.Combine(folder, "seeds.db");

    private string Articles => Path.Combine(folder, "articles");

    [Fact]
    public void Entities_are_resolved_across_articles_and_corrections_survive_reingest()
    {
        CopySeeds();
        Assert.Equal(0, Run("ingest", Articles, "--db", Db).ExitCode);

        var people = Json("entities", "--type", "PERSON", "--format", "json", "--db", Db);
        var mokhber = people.EnumerateArray().Single(e => Names(e).Contains("Mokhber"));
        Assert.Contains("Mohammed Mokhber", Names(mokhber));
        Assert.Equal("IRN", mokhber.GetProperty("country").GetString());
        Assert.True(mokhber.GetProperty("articles").GetArrayLength() >= 2);
        Assert.All(people.EnumerateArray(), e => Assert.Equal("PERSON", e.GetProperty("type").GetString()));
        Assert.All(Json("entities", "--country", "RUS", "--format", "json", "--db", Db).EnumerateArray(), e => Assert.Equal("RUS", e.GetProperty("country").GetString()));

        var merged = Run("entities", "merge", "Donald Trump", "George W. Bush", "--reason", "test merge", "--by", "tester", "--db", Db);
        Assert.True(merged.ExitCode == 0, merged.ToString());
        Assert.Contains("applied", merged.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, Run("entities", "rename", "Putin", "Vladimir V. Putin", "--db", Db).ExitCode);

        // A changed article is a new version: the corpus is rebuilt and the decisions re-applied.
        File.AppendAllText(Directory.EnumerateFiles(Articles).Order(StringComparer.Ordinal).First(), "\nPutin and Mokhber spoke again on Friday.\n");
        Assert.Equal(0, Run("ingest", Articles, "--db", Db).ExitCode);
        var after = Json("entities", "--type", "PERSON", "--format", "json", "--db", Db).EnumerateArray().ToList();
        var trump = after.Single(e => e.GetProperty("name").GetString() == "Donald Trump");
        Assert.Contains("George W. Bush", Names(trump));
        Assert.DoesNotContain(after, e => e.GetProperty("name").GetString() == "George W. Bush");
        Assert.Contains(after, e => e.GetProperty("name").GetString() == "Vladimir V. Putin");

        var trail = Json("entities", "decisions", "--format", "json", "--db", Db).EnumerateArray().ToList();
        Assert.Equal(["merge", "rename"], trail.Select(d => d.GetProperty("kind").GetString()));
        Assert.Equal(("tester", "test merge", "applied"), (trail[0].GetProperty("by").GetString(), trail[0].GetProperty("reason").GetString(), trail[0].GetProperty("outcome").GetString()));
    }

    [Fact]
    public void Entity_shows_names_roles_and_mentions_and_unknown_names_are_usage_errors()
    {
        CopySeeds();
        Assert.Equal(0, Run("ingest", Articles, "--db", Db).ExitCode);

        var peskov = Json("entity", "Peskov", "--format", "json", "--db", Db);
        Assert.Equal("Dmitry Peskov", peskov.GetProperty("name").GetString());
        Assert.Contains(peskov.GetProperty("roles").EnumerateArray(), r => r.GetProperty("title").GetString()!.Contains("spokes", StringComparison.Ordinal));
        Assert.All(peskov.GetProperty("mentions").EnumerateArray(), m => Assert.Contains("Peskov", m.GetProperty("text").GetString(), StringComparison.Ordinal));
        var text = Run("entity", "Mokhber", "--db", Db);
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("ent:person:", text.Stdout, StringComparison.Ordinal);

        var unknown = Run("entity", "Nobody Atall", "--db", Db);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("Nobody Atall", unknown.Stderr, StringComparison.Ordinal);
        var badDelete = Run("entities", "delete", "Nobody Atall", "--db", Db);
        Assert.Equal(2, badDelete.ExitCode);
        Assert.Empty(Json("entities", "decisions", "--format", "json", "--db", Db).EnumerateArray());
    }

    private void CopySeeds()
    {
        Directory.CreateDirectory(Articles);
        foreach (string file in Directory.EnumerateFiles(RepoPaths.Samples, "*.txt"))
        {
            File.Copy(file, Path.Combine(Articles, Path.GetFileName(file)));
        }
    }

    private CliResult Run(params string[] args) => CliRunner.Run(folder, args);

    private JsonElement Json(params string[] args)
    {
        var result = Run(args);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Stdout).RootElement.Clone();
    }

    private static List<string> Names(JsonElement e) =>
        [e.GetProperty("name").GetString()!, .. e.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!)];
}
