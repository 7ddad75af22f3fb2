using System.CommandLine;
using System.Globalization;
using Dossier.Pipeline;
using Dossier.Syntax;

namespace Dossier.Cli;

/// <summary>
/// The parser's decoding options of the commands that measure it (<c>eval parse</c>, <c>eval quotes</c>, <c>bench</c>):
/// <c>--beam-margin</c> and <c>--decode-beam</c>. Other commands decode with the loaded parser's defaults.
/// </summary>
internal sealed class BeamOptions
{
    public Option<string?> Margin { get; } = new("--beam-margin")
    {
        Description = string.Create(CultureInfo.InvariantCulture,
            $"Parser beam pruning: drop candidates scoring more than this below the step's best (in the model's weight units; default {DependencyParser.DefaultBeamMargin}; 0 or off: the exact beam)."),
    };

    public Option<int?> Width { get; } = new("--decode-beam")
    {
        Description = "Decode the parser with this beam width instead of the one it was trained with (1: greedy; narrower is faster and less accurate).",
    };

    /// <summary>
    /// The parser with the options applied (itself when neither is given), or null and an error naming the option.
    /// </summary>
    public DependencyParser? Apply(ParseResult parse, DependencyParser parser, out string? error)
    {
        error = null;
        string? margin = parse.GetValue(Margin);
        int? width = parse.GetValue(Width);
        if (margin is null && width is null)
        {
            return parser;
        }

        if (width is < 1)
        {
            error = $"DOS0230: --decode-beam must be at least 1 (got {width}).";
            return null;
        }

        double value = parser.BeamMargin;
        if (margin is not null && !TryMargin(margin, out value))
        {
            error = $"DOS0230: --beam-margin must be a number of zero or more, or off (got {margin}); 0 and off keep the exact beam.";
            return null;
        }

        return parser.WithDecoding(width ?? parser.DecodeWidth, value);
    }

    /// <summary>How the commands print a margin: "off" for the exact beam, else the number.</summary>
    public static string MarginText(double margin) =>
        double.IsPositiveInfinity(margin) ? "off" : margin.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>The default pipeline with <paramref name="parser"/> as its parser stage.</summary>
    public static Dossier.Pipeline.Pipeline DefaultPipelineWith(DependencyParser parser) =>
        DefaultPipeline.CreateWith(new ParserStage(parser));

    private static bool TryMargin(string text, out double value)
    {
        if (string.Equals(text, "off", StringComparison.OrdinalIgnoreCase))
        {
            value = double.PositiveInfinity;
            return true;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && value >= 0 && !double.IsNaN(value);
    }
}
