namespace Dossier.Syntax;

/// <summary>
/// Which kinds of name each lower-cased word is (a first name, a country, a demonym, a place, a leader's surname, part
/// of a longer place name), as a bit set read from name lists and gazetteers at training time and carried inside the
/// tagger file (format flag 16), so the tagger needs no lists to run. The Penn passes read it to tell names from common
/// nouns where capitalization does not: web text's "kerala" and "punjab", headlines' capitalized common nouns.
/// </summary>
public sealed class NameClasses
{
    /// <summary>A female first name.</summary>
    public const byte Female = 1;

    /// <summary>A male first name.</summary>
    public const byte Male = 2;

    /// <summary>A country's name in one word.</summary>
    public const byte Country = 4;

    /// <summary>A nationality adjective or demonym ("Iranian", "Swiss").</summary>
    public const byte Demonym = 8;

    /// <summary>A city, region or other place in one word.</summary>
    public const byte Place = 16;

    /// <summary>The last word of a leader's name.</summary>
    public const byte Surname = 32;

    /// <summary>A word before the last of a longer country or place name ("New" in "New York").</summary>
    public const byte PlaceStart = 64;

    /// <summary>The last word of a longer country or place name ("York" in "New York").</summary>
    public const byte PlaceEnd = 128;

    private readonly Dictionary<string, byte> kinds;

    private NameClasses(Dictionary<string, byte> kinds) => this.kinds = kinds;

    /// <summary>No names: a tagger without name features.</summary>
    public static NameClasses Empty { get; } = new(new Dictionary<string, byte>(StringComparer.Ordinal));

    /// <summary>How many words have a kind.</summary>
    public int Count => kinds.Count;

    /// <summary>
    /// The word kinds of the given names: a one-word name gives its word the kind, a longer one gives its words
    /// <see cref="PlaceStart"/> and <see cref="PlaceEnd"/> when it is a country or place, and its last word
    /// <see cref="Surname"/> when it is a leader's.
    /// </summary>
    public static NameClasses Build(IEnumerable<(string Name, byte Kind)> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var kinds = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var (name, kind) in names)
        {
            var words = name.ToLowerInvariant().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                continue;
            }

            if (kind == Surname || words.Length == 1)
            {
                Add(kinds, words[^1], kind);
                continue;
            }

            if ((kind & (Country | Place)) != 0)
            {
                for (int i = 0; i < words.Length - 1; i++)
                {
                    Add(kinds, words[i], PlaceStart);
                }

                Add(kinds, words[^1], PlaceEnd);
            }
        }

        return new NameClasses(kinds);
    }

    /// <summary>The kinds of a word (looked up lower-cased), 0 for none.</summary>
    public byte Of(string form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (kinds.Count == 0 || form.Length == 0)
        {
            return 0;
        }

        // Looked up as a lower-cased span: this runs for every word the tagger reads.
        Span<char> lower = form.Length <= 64 ? stackalloc char[form.Length] : new char[form.Length];
        form.AsSpan().ToLowerInvariant(lower);
        return kinds.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower, out byte k) ? k : (byte)0;
    }

    internal void Write(BinaryWriter writer)
    {
        writer.Write(kinds.Count);
        foreach (var (word, kind) in kinds.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write(kind);
        }
    }

    internal static NameClasses Read(BinaryReader reader)
    {
        int n = reader.ReadInt32();
        var kinds = new Dictionary<string, byte>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            string word = reader.ReadString();
            kinds[word] = reader.ReadByte();
        }

        return new NameClasses(kinds);
    }

    private static void Add(Dictionary<string, byte> kinds, string word, byte kind)
    {
        // Words of punctuation or digits alone ("St.", "-") say nothing about names.
        if (!word.Any(char.IsLetter))
        {
            return;
        }

        kinds[word] = (byte)(kinds.GetValueOrDefault(word) | kind);
    }
}
