using System.Collections.Concurrent;

namespace Dossier.Ingest.Http;

/// <summary>An <see cref="IFetchCache"/> that lives as long as the process.</summary>
public sealed class InMemoryFetchCache : IFetchCache
{
    private readonly ConcurrentDictionary<string, CacheValidators> _entries = new(StringComparer.Ordinal);

    public ValueTask<CacheValidators?> GetAsync(Uri url, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_entries.TryGetValue(url.AbsoluteUri, out var v) ? v : null);

    public ValueTask StoreAsync(Uri url, CacheValidators validators, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        _entries[url.AbsoluteUri] = validators;
        return ValueTask.CompletedTask;
    }
}
