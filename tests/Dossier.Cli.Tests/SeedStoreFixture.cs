using System.Text.Json;

namespace Dossier.Cli.Tests;

/// <summary>The five seed articles ingested once (twice, in fact: the second run must change nothing) into a temporary store.</summary>
public sealed class SeedStoreFixture : IDisposable
{
    public SeedStoreFixture()
    {
        Folder = Directory.CreateTempSubdirectory("dossier-seeds-").FullName;
        FirstIngest = CliRunner.Run(Folder, "ingest", RepoPaths.Samples, "--db", Db);
        SecondIngest = CliRunner.Run(Folder, "ingest", RepoPaths.Samples, "--db", Db);
        var export = CliRunner.Run(Folder, "export", "--format", "json", "--db", Db);
        ExportText = export.Stdout;
        Export = JsonDocument.Parse(export.Stdout);
    }

    public string Folder { get; }

    public string Db => Path.Combine(Folder, "seeds.db");

    internal CliResult FirstIngest { get; }

    internal CliResult SecondIngest { get; }

    public string ExportText { get; }

    public JsonDocument Export { get; }

    /// <summary>The exported article whose source is the seed file with this name (without extension).</summary>
    public JsonElement Article(string stem) =>
        Export.RootElement.GetProperty("articles").EnumerateArray()
            .Single(a => Path.GetFileNameWithoutExtension(a.GetProperty("source").GetString()) == stem);

    public void Dispose()
    {
        Export.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
