using System.Text.RegularExpressions;

namespace Dossier.Ingest.Text;

/// <summary>One rule of <c>resources/en/ingest/lines.rules</c>: a kind of line, recognised by a pattern, with an example.</summary>
public sealed record LineRule(LineKind Kind, string Name, Regex Pattern, string Example, string Where);

/// <summary>What a line of a plain-text article is, besides body text.</summary>
public enum LineKind
{
    Furniture,
    SectionEnd,
    CaptionCredit,
    DateLabel,
    Dateline,
    BylinePrefix,
}
