namespace Dossier.Cli.Tests;

/// <summary>The corpus stages depend on the set of articles only: any ingest order gives the same events, timeline and dyads, and ingesting again changes nothing.</summary>
public sealed class TimelineOrderTests : IDisposable
{
    private static readonly string[] Stems = ["000_2a9e6c8df86a9554", "001_92e7f391879ebd38", "002_655b4ba9bfca9600", "003_246c7bada9d0c667", "004_0ae074166cb28726"];

    private readonly string folder = Directory.CreateTempSubdirectory("dossier-timeline-order-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Ingesting_the_seeds_in_any_order_gives_the_same_timeline_and_again_changes_nothing()
    {
        // The undated 000 last in one order and first in the other: its date comes from 001 either way.
        string one = IngestOneByOne("one.db", [3, 1, 4, 2, 0]);
        string other = IngestOneByOne("other.db", [0, 4, 2, 3, 1]);
        var before = Outputs(one);

        Assert.Equal(before, Outputs(other));
        Assert.Contains("\"2024-07-04\"", before[0], StringComparison.Ordinal);

        var again = CliRunner.Run(RepoPaths.Root, "ingest", Path.Combine("samples", "iran-russia"), "--db", one);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("0 new, 0 new versions, 5 unchanged", again.Stdout, StringComparison.Ordinal);
        Assert.Equal(before, Outputs(one));
    }

    /// <summary>The timeline, the top dates, a dyad, and the export's events, timeline and dyads (the export without its bodies' order-independent parts is compared whole).</summary>
    private string[] Outputs(string db) =>
    [
        Run("timeline", "--format", "json", "--db", db),
        Run("timeline", "--top", "5", "--format", "json", "--db", db),
        Run("dyad", "IRN", "RUS", "--format", "json", "--db", db),
        Run("articles", "--format", "json", "--db", db),
        Run("export", "--format", "json", "--db", db),
    ];

    private string Run(params string[] args)
    {
        var result = CliRunner.Run(folder, args);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Stdout;
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
