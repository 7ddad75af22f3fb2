namespace Dossier.Ingest.Http;

/// <summary>
/// Remembers the validators of pages fetched before, so the next fetch can be conditional. The store implements it
/// over its article versions; <see cref="InMemoryFetchCache"/> serves one run.
/// </summary>
public interface IFetchCache
{
    ValueTask<CacheValidators?> GetAsync(Uri url, CancellationToken cancellationToken);

    ValueTask StoreAsync(Uri url, CacheValidators validators, CancellationToken cancellationToken);
}
