namespace Dossier.Syntax;

/// <summary>
/// A tag dictionary: for each word form, its ambiguity class, the set of Penn tags it takes in a tagged corpus (tags
/// under 5% of the word's occurrences are dropped as noise). Built from a corpus the tagger is not trained on (MASC),
/// so the class means the same for words seen and unseen in training. It may also carry word clusters (bit paths of
/// lower-cased words from <c>dossier train clusters</c>), whose prefixes let rare words share weights with frequent
/// words used in the same contexts.
/// </summary>
public sealed class TagLexicon
{
    private const ulong Unknown = 2;
    private readonly Dictionary<string, ulong> exact;
    private readonly Dictionary<string, ulong> lower;
    private readonly WordClusterMap clusters;

    private TagLexicon(Dictionary<string, ulong> exact, Dictionary<string, ulong> lower, WordClusterMap clusters, NameClasses? names = null)
    {
        this.exact = exact;
        this.lower = lower;
        this.clusters = clusters;
        Names = names ?? NameClasses.Empty;
    }

    public static TagLexicon Empty { get; } = new(
        new Dictionary<string, ulong>(StringComparer.Ordinal), new Dictionary<string, ulong>(StringComparer.Ordinal), WordClusterMap.Empty);

    /// <summary>The kinds of name of words (empty: the tagger reads no name features).</summary>
    public NameClasses Names { get; }

    public int Count => exact.Count;

    /// <summary>How many lower-cased words have a cluster.</summary>
    public int ClusterCount => clusters.Count;

    /// <summary>The same dictionary with word clusters (lower-cased word to bit path).</summary>
    public TagLexicon WithClusters(IReadOnlyDictionary<string, string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return new TagLexicon(exact, lower, new WordClusterMap(paths), Names);
    }

    /// <summary>The same dictionary with the kinds of name of words, for the tagger's name features.</summary>
    public TagLexicon WithNames(NameClasses names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return new TagLexicon(exact, lower, clusters, names);
    }

    internal WordClusterMap Clusters => clusters;

    internal WordCluster ClusterOf(string form) => clusters.Of(form);

    internal ulong AmbiguityClass(string form)
    {
        if (exact.TryGetValue(form, out ulong h))
        {
            return h;
        }

        return lower.TryGetValue(form.ToLowerInvariant(), out h) ? h + 1 : Unknown;
    }

    /// <summary>
    /// The classes of the word's lower-cased and capitalized spellings, each looked up as written (Unknown when the
    /// dictionary lacks that spelling): "Phone" whose lower-case form is a common noun, "kerala" whose capitalized form
    /// is a name.
    /// </summary>
    internal (ulong Lower, ulong Title) CaseClasses(string form)
    {
        if (form.Length == 0)
        {
            return (Unknown, Unknown);
        }

        // Both spellings are built in one buffer and looked up as spans: this runs for every word the tagger reads.
        Span<char> spelling = form.Length <= 64 ? stackalloc char[form.Length] : new char[form.Length];
        form.AsSpan().ToLowerInvariant(spelling);
        var spans = exact.GetAlternateLookup<ReadOnlySpan<char>>();
        ulong lowerClass = spans.TryGetValue(spelling, out ulong l) ? l : Unknown;
        spelling[0] = char.ToUpperInvariant(spelling[0]);
        ulong titleClass = spans.TryGetValue(spelling, out ulong t) ? t : Unknown;
        return (lowerClass + 4, titleClass + 8);
    }

    public static TagLexicon Build(IEnumerable<(string Form, string Tag)> tagged)
    {
        var exactCounts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var lowerCounts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var (form, tag) in tagged)
        {
            Tally(exactCounts, form, tag);
            Tally(lowerCounts, form.ToLowerInvariant(), tag);
        }

        return new TagLexicon(Classes(exactCounts), Classes(lowerCounts), WordClusterMap.Empty);
    }

    internal void Write(BinaryWriter writer, bool withClusters)
    {
        WriteMap(writer, exact);
        WriteMap(writer, lower);
        if (withClusters)
        {
            clusters.Write(writer);
        }

        if (Names.Count > 0)
        {
            Names.Write(writer);
        }
    }

    internal static TagLexicon Read(BinaryReader reader, bool withClusters, bool withNames = false)
    {
        var exact = ReadMap(reader);
        var lower = ReadMap(reader);
        var clusters = withClusters ? WordClusterMap.Read(reader) : WordClusterMap.Empty;
        return new TagLexicon(exact, lower, clusters, withNames ? NameClasses.Read(reader) : null);
    }

    /// <summary>Counts one more <paramref name="tag"/> for <paramref name="form"/>.</summary>
    internal static void Tally(Dictionary<string, Dictionary<string, int>> counts, string form, string tag)
    {
        if (!counts.TryGetValue(form, out var tags))
        {
            tags = new Dictionary<string, int>(StringComparer.Ordinal);
            counts[form] = tags;
        }

        tags[tag] = tags.GetValueOrDefault(tag) + 1;
    }

    private static Dictionary<string, ulong> Classes(Dictionary<string, Dictionary<string, int>> counts)
    {
        var result = new Dictionary<string, ulong>(StringComparer.Ordinal);
        foreach (var (form, tags) in counts)
        {
            int total = tags.Values.Sum();
            var kept = tags.Where(t => t.Value * 20 >= total).Select(t => t.Key).Order(StringComparer.Ordinal);
            result[form] = FeatureHash.Chars(string.Join('|', kept), lower: false) << 1;
        }

        return result;
    }

    private static void WriteMap(BinaryWriter writer, Dictionary<string, ulong> map)
    {
        writer.Write(map.Count);
        foreach (var (form, h) in map.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            writer.Write(form);
            writer.Write(h);
        }
    }

    private static Dictionary<string, ulong> ReadMap(BinaryReader reader)
    {
        int n = reader.ReadInt32();
        var map = new Dictionary<string, ulong>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            string form = reader.ReadString();
            map[form] = reader.ReadUInt64();
        }

        return map;
    }
}
