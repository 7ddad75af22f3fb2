using Dossier.Model;

namespace Dossier.Ingest.Sources;

/// <summary>
/// One article as it arrives: its source (path, path#line for JSON Lines, or URL), its text exactly as received,
/// metadata the source gave, and a hash of the content that decides whether a re-ingest changes anything.
/// </summary>
/// <param name="Format"><c>text</c> (plain text to be read for title, date lines and furniture) or <c>body</c> (already a clean body).</param>
public sealed record IngestInput(string Source, string Text, ArticleMetadata Given, string ContentHash, string Format = "text");

/// <summary>An input that could not be read, and why (one line, naming the input).</summary>
public sealed record IngestFailure(string Source, string Reason)
{
    public override string ToString() => $"{Source}: {Reason}";
}
