using System.Text.RegularExpressions;

namespace Dossier.Temporal;

/// <summary>
/// One recognition rule from <c>resources/en/temporal/rules/*.rules</c>: a regular expression with named groups
/// (pattern references already expanded), the TIMEX3 type it yields and a value template that phase one fills from
/// the groups; phase two (<see cref="TimexResolver"/>) anchors what the template leaves underspecified.
/// </summary>
public sealed class TemporalRule
{
    internal TemporalRule(string name, string type, Regex regex, string valueTemplate, string? mod, IReadOnlyList<RuleExample> examples, string where, int order)
    {
        Name = name;
        Type = type;
        Regex = regex;
        ValueTemplate = valueTemplate;
        Mod = mod;
        Examples = examples;
        Where = where;
        Order = order;
    }

    public string Name { get; }

    /// <summary><c>DATE</c>, <c>TIME</c>, <c>DURATION</c> or <c>SET</c>.</summary>
    public string Type { get; }

    public Regex Regex { get; }

    /// <summary>The value with <c>{group}</c>, <c>{group|table}</c> references and phase-two functions such as <c>near(weekday,4)</c>.</summary>
    public string ValueTemplate { get; }

    /// <summary>
    /// For a DURATION counted from the narrative anchor, the template of the calendar point it reaches
    /// (<c>anchor(year,-{n|num})</c>), resolved like <see cref="ValueTemplate"/> into <see cref="Dossier.Model.TimexMention.Point"/>; else null.
    /// </summary>
    public string? PointTemplate { get; init; }

    /// <summary>TimeML <c>mod</c> (APPROX, START, MID, END, LESS_THAN…), when the rule sets one.</summary>
    public string? Mod { get; }

    public IReadOnlyList<RuleExample> Examples { get; }

    /// <summary>
    /// A cheap pattern every match contains (a unit word for "two years"): when set, the rule only runs in short
    /// windows around its hits, which keeps patterns that start with a broad alternation (number words) fast.
    /// </summary>
    public Regex? Anchor { get; init; }

    /// <summary>The file and line the rule starts on, for messages.</summary>
    public string Where { get; }

    /// <summary>Position in the rule set; breaks ties between equally long matches.</summary>
    public int Order { get; }

    public override string ToString() => $"{Name} ({Where})";
}

/// <summary>
/// An executable example of a rule: in <see cref="Sentence"/>, read against the rule file's <c># DCT:</c> date
/// (<see cref="Dct"/>), the rule must find <see cref="Extent"/> and resolve it to <see cref="Value"/>, and to the
/// calendar point <see cref="Point"/> when the example names one (<c>=&gt; two days = P2D @ 2024-07-03</c>).
/// </summary>
public sealed record RuleExample(string Sentence, string Extent, string Value, DateOnly? Dct, string Where)
{
    public string? Point { get; init; }
}
