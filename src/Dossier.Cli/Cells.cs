using Spectre.Console;
using Spectre.Console.Rendering;

namespace Dossier.Cli;

/// <summary>
/// Plain-text table cells. Markup would read entity ids such as <c>ent:person:x</c> as emoji codes (<c>:person:</c>),
/// and escaping markup does not prevent that; a <see cref="Spectre.Console.Text"/> is never interpreted.
/// </summary>
internal static class Cells
{
    public static IRenderable Of(string? text) => new Spectre.Console.Text(text ?? string.Empty);

    /// <summary>A text with one bold stretch (a mention in its context), on one line.</summary>
    public static IRenderable Highlight(string before, string bold, string after) =>
        new Paragraph()
            .Append(Flat(before))
            .Append(Flat(bold), new Style(decoration: Decoration.Bold))
            .Append(Flat(after));

    private static string Flat(string s) => s.ReplaceLineEndings(" ");
}
