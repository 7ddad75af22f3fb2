using Dossier.Model;
using Dossier.Temporal;

namespace Dossier.Tests.Temporal;

/// <summary>Every rule's <c>example</c> lines, run through the whole stage against their file's DCT.</summary>
public sealed class RuleExampleTests
{
    private static readonly TemporalStage Stage = new();

    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var rule in TemporalRuleSet.Default.Rules)
        {
            for (int i = 0; i < rule.Examples.Count; i++)
            {
                data.Add(rule.Name, rule.Examples[i].Where);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Rule_example_is_found_by_its_rule_and_resolved(string ruleName, string where)
    {
        var rule = TemporalRuleSet.Default.Rules.Single(r => r.Name == ruleName);
        var example = rule.Examples.Single(e => e.Where == where);
        int start = example.Sentence.IndexOf(example.Extent, StringComparison.Ordinal);
        Assert.True(start >= 0, $"{where}: the extent '{example.Extent}' is not in the sentence.");

        var candidates = new TimexRecognizer(TemporalRuleSet.Default).Recognize(example.Sentence);
        var candidate = candidates.FirstOrDefault(c => c.Start == start && c.End == start + example.Extent.Length);
        Assert.True(candidate is not null, $"{where}: nothing found at '{example.Extent}'; found [{string.Join("; ", candidates.Select(c => example.Sentence[c.Start..c.End] + " by " + c.Rule.Name))}].");
        Assert.Equal(ruleName, candidate.Rule.Name);

        var document = new Document("example", example.Sentence, new ArticleMetadata { Published = example.Dct });
        Stage.Process(document);
        var timex = document.Timexes.Single(t => t.Start == start);
        Assert.Equal(example.Value, timex.Value);
        Assert.Equal(rule.Type, timex.Type);
        Assert.Equal(example.Point, timex.Point);
    }

    [Fact]
    public void Every_rule_has_an_example()
    {
        Assert.NotEmpty(TemporalRuleSet.Default.Rules);
        Assert.All(TemporalRuleSet.Default.Rules, r => Assert.NotEmpty(r.Examples));
    }
}
