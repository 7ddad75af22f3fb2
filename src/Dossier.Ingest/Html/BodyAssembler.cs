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
        var kept = KeepBlocks(blocks);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (!kept[i] || !seen.Add(block.Text))
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

    /// <summary>
    /// Which blocks to keep: furniture goes, and so does a heading left with nothing under it (the title of a
    /// "related articles" list whose links were dropped).
    /// </summary>
    private static bool[] KeepBlocks(IReadOnlyList<TextBlock> blocks)
    {
        var kept = new bool[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
            kept[i] = Keep(blocks[i]);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!kept[i] || blocks[i].Kind != BlockKind.Heading)
                continue;
            var j = i + 1;
            var anyDropped = false;
            while (j < blocks.Count && blocks[j].Kind != BlockKind.Heading && !kept[j])
            {
                anyDropped = true;
                j++;
            }
            if (j == blocks.Count || (anyDropped && blocks[j].Kind == BlockKind.Heading))
                kept[i] = false;
        }
        TrimTail(blocks, kept);
        return kept;
    }

    /// <summary>
    /// After the last real paragraph, short lines without sentence punctuation are page furniture (tag lists,
    /// "more on this topic", author names of other articles), not the article's ending.
    /// </summary>
    private static void TrimTail(IReadOnlyList<TextBlock> blocks, bool[] kept)
    {
        var last = -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            var text = blocks[i].Text;
            if (kept[i] && (text.Length >= TailParagraph || (text.Length >= 80 && EndsSentence(text))))
                last = i;
        }
        if (last < 0)
            return;
        for (var i = last + 1; i < blocks.Count; i++)
        {
            var text = blocks[i].Text;
            // A short line ending in a colon there is a label ("Kontakt:", "Weitere Informationen:") of a box
            // whose content went with the furniture.
            if (kept[i] && text.Length < TailShort && (!EndsSentence(text) || (text[^1] == ':' && !text.EndsWith("(:", StringComparison.Ordinal))))
                kept[i] = false;
        }
    }

    private const int TailParagraph = 150;
    private const int TailShort = 60;

    private static bool EndsSentence(string text) => text[^1] is '.' or '!' or '?' or '"' or '“' or '”' or '»' or '«' or ')' or ':' or '…' or '。';

    /// <summary>Whether a block is article text rather than furniture.</summary>
    public static bool Keep(TextBlock block)
    {
        if (block.LinkDensity > LinkLimit)
            return false;
        if (block.Text.Length <= 80 && (Furniture().IsMatch(block.Text) || IsDateLine(block.Text)))
            return false;
        return block.Text.Length > 250 || !Closing().IsMatch(block.Text);
    }

    /// <summary>Blocks with more link text than this share are navigation or "read also" lists.</summary>
    private const double LinkLimit = 0.4;

    /// <summary>A short line that is mostly a date or time: a dateline or "updated" stamp, not prose.</summary>
    private static bool IsDateLine(string text)
    {
        if (!DateOrTime().IsMatch(text))
            return false;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words <= 8;
    }

    [GeneratedRegex(@"\d{1,2}:\d{2}|\d{1,2}\.\s?\d{1,2}\.\s?(19|20)?\d\d|(19|20)\d\d-\d\d-\d\d|\d{1,2}\.?\s+\p{L}{3,10}\.?\s+(19|20)\d\d|\p{L}{3,10}\.?\s+\d{1,2},\s+(19|20)\d\d",
        RegexOptions.CultureInvariant)]
    private static partial Regex DateOrTime();

    /// <summary>Lines that close an article's page rather than its text: licences, "did you like it", citation boxes.</summary>
    [GeneratedRegex(
        @"^\W*(dieser (text|beitrag|artikel) (wurde|ist|steht)|möchten sie (den|diesen) (artikel|beitrag)|war (der|dieser) (artikel|beitrag)|" +
        @"if you (enjoyed|liked|found)|did you (enjoy|like)|suggested citation|zitiervorschlag|share (this|on)|" +
        @"(diesen )?(artikel|beitrag) teilen|teilen sie|hat (ihnen|dir) (der|dieser) (artikel|beitrag)|gefällt (dir|ihnen)|" +
        @"both comments|comments are closed|kommentare sind geschlossen|related posts|ähnliche beiträge|(pour )?aller plus loin|" +
        @"argomenti|copyright|©|\(c\) ?\d{4}|alle rechte vorbehalten|all rights reserved|titelbild|bildquelle|" +
        @"this (article|story) (was|is|has been) (originally )?(published|updated)|" +
        @"written permission|follow (us|.{0,30} on (twitter|facebook|instagram))|folge(n sie)? uns|" +
        @"für links auf dieser seite|\*?affiliate|werbung\b|anzeige\b|sponsored|submit your)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Closing();

    [GeneratedRegex(
        @"^\W*(share|teilen|tweet|print|drucken|e-?mail|advertisement|anzeige|werbung|read (more|also)|see also|" +
        @"related|lesen sie (auch|mehr)|mehr zum thema|mehr dazu|weitere artikel|auch interessant|tags?:|schlagworte|" +
        @"themen:|newsletter|subscribe|abonnieren|follow us|folgen sie|comments?|kommentare?|sign up|log ?in|" +
        @"anmelden|registrieren|cookie|zum seitenanfang|nach oben|back to top|zobacz (też|także)|veja também|" +
        @"art[íi]culos relacionados|das könnte sie auch interessieren|weiterführende|ähnliche (artikel|beiträge)|" +
        @"mehr aus|you (may|might) also like|recommended|more from|most read|meistgelesen|schlagwörter|kategorien?:|" +
        @"categor(y|ies) ?:|posted in|filed under|veröffentlicht (am|in)|photo:|foto:|bild:|credit:|quelle:|" +
        @"beitragsbild|weiterlesen|zum weiterlesen|mehr lesen|weitere informationen|neueste (artikel|beiträge|news)|latest (articles|posts|stories)|" +
        @"photo(graph)? by|leggi anche|lire aussi|à lire aussi|ver también|czytaj (też|także|więcej))(?!\p{L})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Furniture();
}
