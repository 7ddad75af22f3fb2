using Dossier.Corpus.Dating;
using Dossier.Temporal;
using Dossier.Tests.Entities;

namespace Dossier.Tests.Corpus;

/// <summary>The known-date events of resources/en/corpus/anchors.tsv: every example line is run.</summary>
public sealed class AnchorEventsTests
{
    private static readonly TemporalStage Temporal = new();

    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var a in AnchorEvents.Default.Events)
        {
            data.Add(a.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), a.Example);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_anchor_matches_its_example_sentence(string date, string example)
    {
        var doc = TestTokenizer.Document("x", example);
        var dating = ArticleDating.Of(doc, Temporal);

        var matched = Enumerable.Range(0, dating.Count).SelectMany(i => AnchorEvents.Default.Candidates(example, dating, i)).ToList();

        Assert.Contains(matched, m => m.Anchor.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) == date && date.StartsWith(m.Pin.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void An_expression_two_anchors_fit_is_not_pinned()
    {
        // Putin was sworn in on a Monday in 2012 and in 2018.
        var doc = TestTokenizer.Document("x", "Putin was sworn in on Monday for another term.");

        Assert.Empty(AnchorEvents.Default.Pins(doc, ArticleDating.Of(doc, Temporal)));
    }

    [Fact]
    public void A_name_or_keyword_alone_pins_nothing()
    {
        var doc = TestTokenizer.Document("x", "Trump spoke on Monday. The inauguration of the new bridge is on Friday.");

        Assert.Empty(AnchorEvents.Default.Pins(doc, ArticleDating.Of(doc, Temporal)));
    }

    [Fact]
    public void Anchor_lines_must_have_every_field()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "# FORMAT: x\n# SOURCE: y\n# LICENSE: z\n2025-01-20\tTrump\tinauguration\n");
            var error = Assert.Throws<InvalidDataException>(() => AnchorEvents.Load(path));
            Assert.Contains("DOS0801", error.Message, StringComparison.Ordinal);
            Assert.Contains(":4", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
