namespace Dossier.Ingest.Http;

/// <summary>How <see cref="PageFetcher"/> behaves towards servers and how long it waits.</summary>
public sealed record PageFetcherOptions
{
    public static readonly PageFetcherOptions Default = new();

    /// <summary>Time allowed for one attempt, headers and body together. Default 20 s.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Retries after the first attempt on timeouts, network errors, 408, 429 and 5xx. Default 2.</summary>
    public int MaxRetries { get; init; } = 2;

    /// <summary>Delay before the first retry; later ones double it, with jitter. Default 1 s.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Minimum time between two requests to the same host. Default 1 s.</summary>
    public TimeSpan PolitenessDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Pages larger than this are refused (by Content-Length, or while reading). Default 20 MB.</summary>
    public long MaxBytes { get; init; } = 20L * 1024 * 1024;

    public string UserAgent { get; init; } = "Dossier/1.0 (+news knowledge base; polite crawler)";
}
