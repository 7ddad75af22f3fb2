using System.Text;
using System.Text.RegularExpressions;

namespace Dossier.Ingest.Text;

/// <summary>
/// Reads an article saved as plain text, exactly as received, and separates the body from what surrounds it: the
/// title line, date lines ("July 5, 2024 - 23:2", "Reuters June 11, 2024"), the dateline ("TEHRAN –", "MOSCOW:"),
/// the byline, photo captions with their credits, and page furniture (comment sections, "Read also:", audio player
/// "0:00"). Each line is classified on its own; the rules are data (<c>resources/en/ingest/lines.rules</c>).
/// </summary>
public sealed partial class PlainTextArticleParser
{
    private const int LongParagraphWords = 20;
    private readonly LineRules rules;
    private readonly WireServices wires;

    public PlainTextArticleParser(LineRules? rules = null, WireServices? wires = null)
    {
        this.rules = rules ?? LineRules.Default;
        this.wires = wires ?? WireServices.Default;
    }

    public ParsedArticle Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var state = new State();
        for (int i = 0; i < lines.Length; i++)
        {
            string trimmed = Clean(lines[i]);
            if (trimmed.Length == 0)
            {
                state.Break();
                continue;
            }

            if (state.Cut)
            {
                state.Drop(i, trimmed, "furniture:after-section-end");
                continue;
            }

            ClassifyLine(i, trimmed, state);
        }

        return new ParsedArticle(state.Body.ToString(), state.Title, state.Published, state.Dateline, state.Byline, state.Wire, state.Captions, state.Dropped);
    }

    private void ClassifyLine(int i, string line, State state)
    {
        if (rules.Classify(line) is { } hit)
        {
            switch (hit.Rule.Kind)
            {
                case LineKind.SectionEnd:
                    state.Cut = true;
                    state.Drop(i, line, "furniture:" + hit.Rule.Name);
                    return;
                case LineKind.Furniture:
                    state.Drop(i, line, "furniture:" + hit.Rule.Name);
                    return;
                case LineKind.CaptionCredit:
                    state.AddCaption(line);
                    state.Drop(i, line, "caption");
                    return;
                case LineKind.DateLabel:
                    if (NewsDate.TryFind(hit.Match.Groups["rest"].Value, out var labelled))
                    {
                        state.Published ??= labelled;
                    }

                    state.Drop(i, line, "date-line");
                    return;
                case LineKind.Dateline when !state.LongParagraphSeen || state.Dateline is null:
                    state.Dateline ??= NormalizePlace(hit.Match.Groups["place"].Value);
                    state.Drop(i, line, "dateline");
                    return;
                case LineKind.BylinePrefix when !state.LongParagraphSeen:
                    state.Byline ??= hit.Match.Groups["name"].Value;
                    state.Drop(i, line, "byline");
                    return;
            }
        }

        if (NewsDate.TryParseDateLine(line, out var date, out string prefix) && (prefix.Length == 0 || wires.Match(prefix) is not null || IsDateLabel(prefix)))
        {
            state.Published ??= date;
            if (prefix.Length > 0 && wires.Match(prefix) is { } wire)
            {
                state.Wire ??= wire;
            }

            state.Drop(i, line, "date-line");
            return;
        }

        if (state.Title is null && !state.AnyBody && LooksLikeTitle(line))
        {
            state.Title = line;
            state.Drop(i, line, "title");
            return;
        }

        if (state.Title is not null && string.Equals(Normalize(line), Normalize(state.Title), StringComparison.Ordinal))
        {
            state.Drop(i, line, "title-repeated");
            return;
        }

        if (state.Byline is null && !state.LongParagraphSeen && LooksLikeName(line))
        {
            state.Byline = line;
            state.Drop(i, line, "byline");
            return;
        }

        state.AddBody(StripDateline(line, state));
    }

    private string StripDateline(string line, State state)
    {
        if (state.AnyBody)
        {
            return line;
        }

        var m = InlineDateline().Match(line);
        if (!m.Success)
        {
            return line;
        }

        state.Dateline ??= NormalizePlace(m.Groups["place"].Value);
        if (m.Groups["wire"].Success && wires.Match(m.Groups["wire"].Value) is { } wire)
        {
            state.Wire ??= wire;
        }

        return line[m.Length..];
    }

    private static bool LooksLikeTitle(string line)
    {
        int words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words < 3 || words > 30 || InlineDateline().IsMatch(line))
        {
            return false;
        }

        char last = line[^1];
        return last is not ('.' or ',' or ';' or ':') && !(last is '"' or '”' && line.Length > 1 && line[^2] == '.');
    }

    private static bool LooksLikeName(string line)
    {
        string[] words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4
            && words.All(w => w.Length > 1 && char.IsUpper(w[0]) && w.Skip(1).All(c => char.IsLetter(c) || c is '.' or '\'' or '-' or '’') && w.Skip(1).Any(char.IsLower));
    }

    private static bool IsDateLabel(string prefix) =>
        prefix.Equals("Published", StringComparison.OrdinalIgnoreCase) || prefix.Equals("Updated", StringComparison.OrdinalIgnoreCase) || prefix.Equals("Posted", StringComparison.OrdinalIgnoreCase);

    private static string NormalizePlace(string place) => MultiSpace().Replace(place.Replace("/ ", "/", StringComparison.Ordinal).Trim(), " ");

    private static string Clean(string line) => line.Replace('\u00A0', ' ').Trim();

    private static string Normalize(string s) => MultiSpace().Replace(s.ToLowerInvariant(), " ").Trim();

    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{Lu}'.-]+(?:[ /,]+\p{Lu}[\p{Lu}'.-]+)*)(?:\s*\((?<wire>[^)]{2,30})\))?\s*(?::|–|—|-{1,2})\s+(?=[\p{Lu}“""'‘])", RegexOptions.CultureInvariant)]
    private static partial Regex InlineDateline();

    [GeneratedRegex(@"\s+")]
    private static partial Regex MultiSpace();

    private sealed class State
    {
        private bool pendingBreak;

        public StringBuilder Body { get; } = new();

        public List<string> Captions { get; } = [];

        public List<DroppedLine> Dropped { get; } = [];

        public bool Cut { get; set; }

        public bool AnyBody => Body.Length > 0;

        public bool LongParagraphSeen { get; private set; }

        public string? Title { get; set; }

        public DateOnly? Published { get; set; }

        public string? Dateline { get; set; }

        public string? Byline { get; set; }

        public string? Wire { get; set; }

        public void Break() => pendingBreak = true;

        public void Drop(int index, string line, string reason)
        {
            Dropped.Add(new DroppedLine(index + 1, line, reason));
            pendingBreak = true;
        }

        public void AddCaption(string caption)
        {
            if (!Captions.Exists(c => SamePrefix(c, caption)))
            {
                Captions.Add(caption);
            }
        }

        public void AddBody(string line)
        {
            if (Body.Length > 0)
            {
                Body.Append(pendingBreak ? "\n\n" : "\n");
            }

            Body.Append(line);
            pendingBreak = false;
            if (line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= LongParagraphWords)
            {
                LongParagraphSeen = true;
            }
        }

        private static bool SamePrefix(string a, string b)
        {
            int n = Math.Min(80, Math.Min(a.Length, b.Length));
            return n >= 40 && string.CompareOrdinal(a, 0, b, 0, n) == 0;
        }
    }
}
