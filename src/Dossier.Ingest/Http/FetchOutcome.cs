namespace Dossier.Ingest.Http;

/// <summary>How a fetch ended.</summary>
public enum FetchOutcome
{
    /// <summary>The page was downloaded.</summary>
    Fetched,

    /// <summary>The server answered 304: the stored version is current.</summary>
    NotModified,

    /// <summary>No page: <see cref="FetchResult.Failure"/> says why.</summary>
    Failed,
}
