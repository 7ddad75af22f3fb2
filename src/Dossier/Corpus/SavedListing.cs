using System.Globalization;
using System.Text.Json;
using Dossier.Storage;

namespace Dossier.Corpus;

/// <summary>
/// The layout a listing saved with a snapshot shares with the others, so that a page of it is read, not made from
/// every item it lists: a row per item in the listing's order (its place, nine digits), the places each filter
/// keeps (<see cref="ChunkSize"/> a chunk, in order), the names a name filter checks (a chunk of places a item), and
/// for every three characters (in capitals) of any name the places whose names hold them. Each listing names its
/// four kinds; <see cref="Entities.EntityListing"/> and <see cref="Entities.MentionListing"/> use it.
/// </summary>
/// <param name="RowKind">The kind of a row (id: its place).</param>
/// <param name="FilterKind">The kind of a filter's chunk (id: the filter's key and the chunk's number).</param>
/// <param name="NamesKind">The kind of a chunk of names (id: the chunk's number); each place's entry is what its listing's name check reads.</param>
/// <param name="GramKind">The kind of three characters' places (id: the characters).</param>
public sealed record SavedListing(string RowKind, string FilterKind, string NamesKind, string GramKind)
{
    /// <summary>How many places a filter's or the names' item holds.</summary>
    public const int ChunkSize = 256;

    /// <summary>A name filter with more candidates than this reads every names' chunk in turn rather than each candidate's.</summary>
    private const int ScanAbove = 20_000;

    /// <summary>
    /// Whether a listed item passes the type and name filters the listings share (each null keeps all): its type compared
    /// whole and any of its names holding the name filter, both ignoring case (ordinal, as the triples fold names).
    /// </summary>
    public static bool Passes(string type, IEnumerable<string> names, string? typeFilter, string? nameFilter)
    {
        ArgumentNullException.ThrowIfNull(names);
        return (typeFilter is null || string.Equals(type, typeFilter, StringComparison.OrdinalIgnoreCase))
            && (nameFilter is null || names.Any(n => n.Contains(nameFilter, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Starts writing the listing's items, its rows to be added in the listing's order.</summary>
    public Writer Write(ICorpusWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return new Writer(this, writer);
    }

    /// <summary>
    /// The rows (their JSON) of a page of the listing: the <paramref name="take"/> places after the first
    /// <paramref name="skip"/> that <paramref name="filterKey"/> keeps (every place when null), and that pass
    /// <paramref name="check"/> when <paramref name="name"/> is given (the places the name's triples share, or every
    /// place when it is short or has many candidates); and how many places pass.
    /// </summary>
    /// <param name="store">The store the snapshot is in.</param>
    /// <param name="places">How many places the listing has.</param>
    /// <param name="filterCounts">How many places each filter keeps (a filter not there keeps none).</param>
    /// <param name="filterKey">The filter to read, or null.</param>
    /// <param name="name">The name filter, or null.</param>
    /// <param name="check">Whether a place's names entry passes every filter asked (the name filter included).</param>
    /// <param name="skip">How many passing places come before the page.</param>
    /// <param name="take">How many places the page holds at most.</param>
    public (List<string> Rows, int Total) Page(IArticleStore store, int places, IReadOnlyDictionary<string, int> filterCounts, string? filterKey, string? name,
        Func<string[], bool> check, int skip, int take)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filterCounts);
        ArgumentNullException.ThrowIfNull(check);
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        if (name is not null)
        {
            var matched = Named(store, name, places, check);
            return (Rows(store, matched.Skip(skip).Take(take)), matched.Count);
        }

        if (filterKey is null)
        {
            // Every place: a range of rows.
            var rows = new List<string>();
            if (take > 0 && skip < places)
            {
                store.ReadCorpusItems([RowKind], (_, _, json) => rows.Add(json), take, Place(skip));
            }

            return (rows, places);
        }

        int total = filterCounts.GetValueOrDefault(filterKey);
        var kept = new List<int>();
        for (int chunk = skip / ChunkSize; take > 0 && chunk * ChunkSize < Math.Min(total, skip + take); chunk++)
        {
            var held = store.CorpusItem(FilterKind, filterKey + " " + Chunk(chunk)) is { } json ? JsonSerializer.Deserialize<List<int>>(json)! : [];
            kept.AddRange(held.Select((p, i) => (p, i: (chunk * ChunkSize) + i)).Where(x => x.i >= skip && x.i < skip + take).Select(x => x.p));
        }

        return (Rows(store, kept), total);
    }

    /// <summary>
    /// The places a name filter (with the others, in <paramref name="check"/>) keeps, in order: the candidates are the
    /// places every triple of the name has, each checked against its names; a short name, or one with many candidates,
    /// checks every place.
    /// </summary>
    private List<int> Named(IArticleStore store, string name, int places, Func<string[], bool> check)
    {
        string upper = name.ToUpperInvariant();
        List<int>? candidates = null;
        if (upper.Length >= 3)
        {
            foreach (string gram in Enumerable.Range(0, upper.Length - 2).Select(i => upper.Substring(i, 3)).Where(Indexed).Distinct(StringComparer.Ordinal))
            {
                var held = store.CorpusItem(GramKind, gram) is { } json ? JsonSerializer.Deserialize<List<int>>(json)! : [];
                candidates = candidates is null ? held : [.. Intersect(candidates, held)];
                if (candidates.Count == 0)
                {
                    return [];
                }
            }
        }

        var matched = new List<int>();
        if (candidates is null || candidates.Count > ScanAbove)
        {
            int chunks = (places + ChunkSize - 1) / ChunkSize;
            store.ReadCorpusItems([NamesKind], (_, id, json) => Check(int.Parse(id, CultureInfo.InvariantCulture) * ChunkSize, JsonSerializer.Deserialize<List<string[]>>(json)!, null), chunks, Chunk(0));
            return matched;
        }

        foreach (var group in candidates.GroupBy(p => p / ChunkSize))
        {
            if (store.CorpusItem(NamesKind, Chunk(group.Key)) is { } json)
            {
                Check(group.Key * ChunkSize, JsonSerializer.Deserialize<List<string[]>>(json)!, [.. group]);
            }
        }

        return matched;

        void Check(int first, List<string[]> rows, HashSet<int>? only)
        {
            for (int i = 0; i < rows.Count; i++)
            {
                if ((only is null || only.Contains(first + i)) && check(rows[i]))
                {
                    matched.Add(first + i);
                }
            }
        }
    }

    /// <summary>The places both ascending lists hold.</summary>
    private static IEnumerable<int> Intersect(List<int> a, List<int> b)
    {
        for (int i = 0, j = 0; i < a.Count && j < b.Count;)
        {
            if (a[i] == b[j])
            {
                yield return a[i];
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
    }

    private List<string> Rows(IArticleStore store, IEnumerable<int> places) =>
        [.. places.Select(p => store.CorpusItem(RowKind, Place(p))).OfType<string>()];

    /// <summary>
    /// Whether three characters are a key of their own: not when they hold half of a character beyond the basic plane
    /// (a key must be valid text in every store); a name filter then narrows by its other triples, or checks every place.
    /// </summary>
    private static bool Indexed(string gram) => !gram.Any(char.IsSurrogate);

    private static string Place(int place) => place.ToString("D9", CultureInfo.InvariantCulture);

    private static string Chunk(int chunk) => chunk.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>Writes a listing's items as its rows are added in order; <see cref="Finish"/> writes the filters and triples.</summary>
    public sealed class Writer
    {
        private readonly SavedListing kinds;
        private readonly ICorpusWriter writer;
        private readonly Dictionary<string, List<int>> filters = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<int>> grams = new(StringComparer.Ordinal);
        private readonly HashSet<string> seen = new(StringComparer.Ordinal);
        private readonly List<string[]> names = new(ChunkSize);

        internal Writer(SavedListing kinds, ICorpusWriter writer)
        {
            this.kinds = kinds;
            this.writer = writer;
        }

        /// <summary>How many rows were added.</summary>
        public int Count { get; private set; }

        /// <summary>
        /// Adds the next row: its JSON, the filters that keep it, what its names entry holds for the check, and the
        /// names whose triples find it.
        /// </summary>
        public void Add(byte[] row, IEnumerable<string> filterKeys, string[] entry, IEnumerable<string> rowNames)
        {
            ArgumentNullException.ThrowIfNull(row);
            ArgumentNullException.ThrowIfNull(filterKeys);
            ArgumentNullException.ThrowIfNull(entry);
            ArgumentNullException.ThrowIfNull(rowNames);
            int place = Count++;
            writer.Write(kinds.RowKind, Place(place), row);
            foreach (string key in filterKeys)
            {
                Add(filters, key, place);
            }

            names.Add(entry);
            if (names.Count == ChunkSize)
            {
                WriteNames();
            }

            seen.Clear();
            foreach (string name in rowNames)
            {
                string upper = name.ToUpperInvariant();
                for (int i = 0; i + 3 <= upper.Length; i++)
                {
                    string gram = upper.Substring(i, 3);
                    if (Indexed(gram) && seen.Add(gram))
                    {
                        Add(grams, gram, place);
                    }
                }
            }
        }

        /// <summary>Writes what is left of the names, the filters and the triples, and returns how many places each filter keeps.</summary>
        public Dictionary<string, int> Finish()
        {
            if (names.Count > 0)
            {
                WriteNames();
            }

            foreach (var (key, places) in filters)
            {
                for (int chunk = 0; chunk * ChunkSize < places.Count; chunk++)
                {
                    writer.Write(kinds.FilterKind, key + " " + Chunk(chunk), JsonSerializer.Serialize(places.GetRange(chunk * ChunkSize, Math.Min(ChunkSize, places.Count - (chunk * ChunkSize)))));
                }
            }

            foreach (var (gram, places) in grams)
            {
                writer.Write(kinds.GramKind, gram, JsonSerializer.Serialize(places));
            }

            grams.Clear();
            return filters.ToDictionary(f => f.Key, f => f.Value.Count, StringComparer.Ordinal);
        }

        private void WriteNames()
        {
            writer.Write(kinds.NamesKind, Chunk((Count - 1) / ChunkSize), JsonSerializer.Serialize(names));
            names.Clear();
        }

        private static void Add(Dictionary<string, List<int>> lists, string key, int place)
        {
            if (!lists.TryGetValue(key, out var list))
            {
                lists.Add(key, list = []);
            }

            list.Add(place);
        }
    }
}
