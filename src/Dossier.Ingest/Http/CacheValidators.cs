namespace Dossier.Ingest.Http;

/// <summary>What a server said identifies a version of a page, sent back as If-None-Match / If-Modified-Since.</summary>
public sealed record CacheValidators(string? ETag, DateTimeOffset? LastModified);
