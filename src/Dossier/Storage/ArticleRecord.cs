using Dossier.Model;

namespace Dossier.Storage;

/// <summary>One stored version of an article: its identity, metadata and body (the text evidence offsets index).</summary>
public sealed record ArticleRecord(string Id, int Version, string ContentHash, ArticleMetadata Metadata, string Body, DateTimeOffset IngestedAt)
{
    /// <summary>The path or URL exactly as given to ingest.</summary>
    public string Source => Metadata.Source ?? Id;
}
