using Dossier.Model;

namespace Dossier.Storage;

/// <summary>One stored version of an article: its identity, metadata and body (the text evidence offsets index).</summary>
public sealed record ArticleRecord(string Id, int Version, string ContentHash, ArticleMetadata Metadata, string Body, DateTimeOffset IngestedAt)
{
    /// <summary>The path or URL exactly as given to ingest.</summary>
    public string Source => Metadata.Source ?? Id;

    /// <summary>Its identity and metadata without the body.</summary>
    public ArticleHead Head => new(Id, Version, Metadata);
}

/// <summary>What a listing shows of a stored version of an article next to corpus items (its title, outlet and dates): its identity and metadata, read without its body (<see cref="IArticleStore.ArticleHeads"/>).</summary>
public sealed record ArticleHead(string Id, int Version, ArticleMetadata Metadata)
{
    /// <summary>The path or URL exactly as given to ingest.</summary>
    public string Source => Metadata.Source ?? Id;
}

/// <summary>A span of an article's body: its id and the start and end offsets in UTF-16 code units, as evidence gives them.</summary>
public readonly record struct ArticleSpan(string Article, int Start, int End);
