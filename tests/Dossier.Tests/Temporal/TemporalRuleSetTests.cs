using Dossier.Temporal;

namespace Dossier.Tests.Temporal;

public sealed class TemporalRuleSetTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "dossier-temporal-" + Guid.NewGuid().ToString("N"));

    public TemporalRuleSetTests()
    {
        Directory.CreateDirectory(Path.Combine(folder, "rules"));
        Directory.CreateDirectory(Path.Combine(folder, "normalization"));
        File.WriteAllText(Path.Combine(folder, "normalization", "month.txt"), "# FORMAT: k\n# SOURCE: test\n# LICENSE: test\nmarch\t03\nmay\t05\n");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private void Rules(string body) =>
        File.WriteAllText(Path.Combine(folder, "rules", "test.rules"), "# FORMAT: r\n# SOURCE: test\n# LICENSE: test\n# DCT: 2024-07-05\n" + body);

    [Fact]
    public void Names_the_file_and_line_of_a_missing_pattern()
    {
        Rules("rule r1\n  type DATE\n  match %Monthh\n  value 2024\n  example In May. => May = 2024\n");
        var e = Assert.Throws<InvalidDataException>(() => TemporalRuleSet.Load(folder));
        Assert.StartsWith("DOS0302: ", e.Message, StringComparison.Ordinal);
        Assert.Contains("test.rules:5", e.Message, StringComparison.Ordinal);
        Assert.Contains("%Monthh", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_rule_without_an_example()
    {
        Rules("rule r1\n  type DATE\n  match %month\n  value near(month,{x|month})\n");
        Assert.StartsWith("DOS0307: ", Assert.Throws<InvalidDataException>(() => TemporalRuleSet.Load(folder)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_value_that_normalizes_with_an_unknown_table()
    {
        Rules("rule r1\n  type DATE\n  match (?<m>%month)\n  value near(month,{m|monthz})\n  example In May. => May = 2024-05\n");
        Assert.StartsWith("DOS0308: ", Assert.Throws<InvalidDataException>(() => TemporalRuleSet.Load(folder)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Matches_a_table_as_a_pattern_and_fills_the_value_from_it()
    {
        Rules("rule month\n  type DATE\n  match (?<m>%month)\n  value near(month,{m|month})\n  example In May. => May = 2024-05\n");
        var set = TemporalRuleSet.Load(folder);
        var found = Assert.Single(new TimexRecognizer(set).Recognize("Talks resume in March, not in mayhem."));
        Assert.Equal(("near(month,03)", 16), (found.RawValue, found.Start));
    }
}
