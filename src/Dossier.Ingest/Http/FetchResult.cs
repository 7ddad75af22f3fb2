using Dossier.Model;

namespace Dossier.Ingest.Http;

/// <summary>
/// The result of fetching one URL: the page (bytes, content type, final URL after redirects, validators for the
/// next conditional request), or that it did not change, or a failure with a code and a reason.
/// </summary>
public sealed record FetchResult
{
    public required Uri Url { get; init; }

    public required FetchOutcome Outcome { get; init; }

    /// <summary>The URL after redirects.</summary>
    public Uri? FinalUrl { get; init; }

    public int? StatusCode { get; init; }

    public byte[]? Body { get; init; }

    public string? ContentType { get; init; }

    public string? ETag { get; init; }

    public DateTimeOffset? LastModified { get; init; }

    /// <summary>How many requests were made (1 + retries).</summary>
    public int Attempts { get; init; }

    /// <summary>Why there is no page (code DOS044x and what to do), when <see cref="Outcome"/> is Failed.</summary>
    public Diagnostic? Failure { get; init; }
}
