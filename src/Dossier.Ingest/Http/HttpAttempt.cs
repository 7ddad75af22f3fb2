namespace Dossier.Ingest.Http;

/// <summary>One request's outcome inside the retry pipeline: a response read in full, or a size refusal.</summary>
internal sealed record HttpAttempt(int Status, byte[]? Body, string? ContentType, string? ETag, DateTimeOffset? LastModified, Uri? FinalUrl, long? TooLarge)
{
    public bool IsTransient => Status is 408 or 429 or >= 500;
}
