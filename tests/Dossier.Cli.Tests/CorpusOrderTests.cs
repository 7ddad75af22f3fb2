using System.Text.Json;

namespace Dossier.Cli.Tests;

public sealed class CorpusOrderTests : IDisposable
{
    private static readonly string[] Stems = ["000_2a9e6c8df86a9554", "001_92e7f391879ebd38", "002_655b4ba9bfca9600", "003_246c7bada9d0c667", "004_0ae074166cb28726"];

    private readonly string folder = Directory.CreateTempSubdirectory("dossier-order-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Ingesting_the_seeds_in_any_order_gives_the_same_stories_and_ingesting_again_changes_nothing()
    {
        string forward = IngestOneByOne("forward.db", [0, 1, 2, 3, 4]);
        string shuffled = IngestOneByOne("shuffled.db", [4, 2, 0, 3, 1]);
        string again = CliRunner.Run(RepoPaths.Root, "ingest", Path.Combine("samples", "iran-russia"), "--db", shuffled).Stdout;

        Assert.Contains("5 unchanged", again, StringComparison.Ordinal);
        string storiesForward = CliRunner.Run(folder, "stories", "--format", "json", "--db", forward).Stdout;
        string storiesShuffled = CliRunner.Run(folder, "stories", "--format", "json", "--db", shuffled).Stdout;
        Assert.Equal(storiesForward, storiesShuffled);
        // Claims and agreements too: the same set of articles gives the same ones, whatever the order.
        foreach (string command in new[] { "claims", "agreements" })
        {
            string listed = CliRunner.Run(folder, command, "--format", "json", "--db", forward).Stdout;
            Assert.Equal(listed, CliRunner.Run(folder, command, "--format", "json", "--db", shuffled).Stdout);
            Assert.NotEqual("[]", listed.Trim());
        }

        using var stories = JsonDocument.Parse(storiesForward);
        var story = Assert.Single(stories.RootElement.EnumerateArray());
        Assert.Equal(5, story.GetProperty("articles").GetArrayLength());
        Assert.Equal("2024-06-11", story.GetProperty("first").GetString());
    }

    private string IngestOneByOne(string name, int[] order)
    {
        string db = Path.Combine(folder, name);
        foreach (int i in order)
        {
            // The same relative source path in both stores, so article ids agree.
            var result = CliRunner.Run(RepoPaths.Root, "ingest", Path.Combine("samples", "iran-russia", Stems[i] + ".txt"), "--db", db);
            Assert.True(result.ExitCode == 0, result.ToString());
        }

        return db;
    }
}
