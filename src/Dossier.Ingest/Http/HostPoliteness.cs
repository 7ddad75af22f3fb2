namespace Dossier.Ingest.Http;

/// <summary>
/// Spaces requests to one host: each request reserves the next free slot for its host, at least
/// <c>delay</c> after the previous one, and is told how long to wait for it. Hosts do not wait for each other.
/// </summary>
public sealed class HostPoliteness(TimeSpan delay, TimeProvider time)
{
    private readonly Dictionary<string, DateTimeOffset> _nextSlot = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();

    /// <summary>Reserves a slot for <paramref name="host"/>; returns how long to wait before sending.</summary>
    public TimeSpan Reserve(string host)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            var slot = _nextSlot.TryGetValue(host, out var next) && next > now ? next : now;
            _nextSlot[host] = slot + delay;
            return slot - now;
        }
    }
}
