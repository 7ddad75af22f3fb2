using System.Collections;

namespace Dossier.Corpus.EventMerging;

/// <summary>
/// A small read-only set of strings (ordinal), kept as an array in the order the strings were added and an index that
/// sorts them, looked up by binary search: about half the memory of the <see cref="HashSet{T}"/> it is made from, and
/// enumerated in the same order (a report's sentence words are held for every report of a partition at once).
/// </summary>
internal sealed class CompactStringSet : IReadOnlySet<string>
{
    private readonly string[] items;
    private readonly ushort[] sorted;

    /// <param name="set">The strings, in the order the set enumerates them (at most 65,535).</param>
    public CompactStringSet(HashSet<string> set)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(set.Count, ushort.MaxValue);
        items = [.. set];
        var order = new ushort[items.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = (ushort)i;
        }

        Array.Sort(order, (a, b) => string.CompareOrdinal(items[a], items[b]));
        sorted = order;
    }

    public int Count => items.Length;

    public bool Contains(string item)
    {
        int lo = 0, hi = sorted.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int c = string.CompareOrdinal(items[sorted[mid]], item);
            if (c == 0)
            {
                return true;
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return false;
    }

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool IsProperSubsetOf(IEnumerable<string> other) => AsHashSet().IsProperSubsetOf(other);

    public bool IsProperSupersetOf(IEnumerable<string> other) => AsHashSet().IsProperSupersetOf(other);

    public bool IsSubsetOf(IEnumerable<string> other) => AsHashSet().IsSubsetOf(other);

    public bool IsSupersetOf(IEnumerable<string> other) => AsHashSet().IsSupersetOf(other);

    public bool Overlaps(IEnumerable<string> other) => other.Any(Contains);

    public bool SetEquals(IEnumerable<string> other) => AsHashSet().SetEquals(other);

    private HashSet<string> AsHashSet() => new(items, StringComparer.Ordinal);
}
