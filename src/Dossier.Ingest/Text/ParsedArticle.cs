namespace Dossier.Ingest.Text;

/// <summary>A plain-text article split into its body and what was found around it.</summary>
/// <param name="Body">The article body: furniture, title, date lines, byline and captions removed.</param>
/// <param name="Dropped">Lines left out of the body, each with the reason (for <c>show --furniture</c> and tests).</param>
public sealed record ParsedArticle(
    string Body,
    string? Title,
    DateOnly? Published,
    string? Dateline,
    string? Byline,
    string? Wire,
    IReadOnlyList<string> Captions,
    IReadOnlyList<DroppedLine> Dropped);

/// <summary>A line kept out of the body and why (<c>furniture:read-also</c>, <c>caption</c>, <c>title</c>…).</summary>
public sealed record DroppedLine(int LineNumber, string Text, string Reason);
