using System.Text;
using System.Text.RegularExpressions;

namespace Dossier.Ingest.Html;

/// <summary>
/// Keeps the article's blocks and joins them into the body: blocks that are mostly links (menus, "read also"
/// lists) and short furniture lines ("Share", "Advertisement", "Lesen Sie auch") are dropped, repeats are dropped,
/// paragraphs are separated by a blank line and list items and table rows by a line break.
/// </summary>
internal static partial class BodyAssembler
{
    public static string Assemble(IReadOnlyList<TextBlock> blocks)
    {
        var sb = new StringBuilder();
        TextBlock? previous = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            if (!Keep(block) || !seen.Add(block.Text))
                continue;
            if (sb.Length > 0)
            {
                var tight = previous is not null && previous.Kind == block.Kind && block.Kind is BlockKind.ListItem or BlockKind.TableRow;
                sb.Append(tight ? "\n" : "\n\n");
            }
            sb.Append(block.Text);
            previous = block;
        }
        return sb.ToString();
    }

    /// <summary>Whether a block is article text rather than furniture.</summary>
    public static bool Keep(TextBlock block)
    {
        if (block.LinkDensity > 0.5)
            return false;
        return block.Text.Length > 80 || !Furniture().IsMatch(block.Text);
    }

    [GeneratedRegex(
        @"^\W*(share|teilen|tweet|print|drucken|e-?mail|advertisement|anzeige|werbung|read (more|also)|see also|" +
        @"related|lesen sie (auch|mehr)|mehr zum thema|mehr dazu|weitere artikel|auch interessant|tags?:|schlagworte|" +
        @"themen:|newsletter|subscribe|abonnieren|follow us|folgen sie|comments?|kommentare?|sign up|log ?in|" +
        @"anmelden|registrieren|cookie|zum seitenanfang|nach oben|back to top|top)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Furniture();
}
