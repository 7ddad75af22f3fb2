using System.Text.Json;
using Dossier.Storage;

namespace Dossier.Corpus.Timelines;

/// <summary>
/// The name index of the filtered timelines: an actor given by part of a name (<c>--about Putin</c>), which
/// <see cref="EventParticipant.Matches"/> compares with each actor's name and aliases ignoring case (and whole with its
/// id and the event's place), read from saved timelines instead of from every merged event.
/// <para>
/// Names are compared folded (<see cref="Fold"/>) and cut into words: runs of letters and digits. A part of a name
/// without a space or a sign lies inside one word, so the events it selects are those with a word that holds it. For
/// every word of at least <see cref="MinWord"/> characters of any actor's name or alias, id or place, the key
/// <c>c:</c> and the word selects exactly what that word selects as a query: the events with a word that holds it, or
/// whose actor's id or place is that word. A query that is such a word is read as that key's timeline. Every name,
/// alias, id or place of that many characters that is not one word (<c>Vladimir Putin</c>, <c>al-Assad</c>,
/// <c>U.S.</c>) is a phrase: the key
/// <c>p:</c> and the phrase selects what it selects as a query (the events with a name or alias that holds it, or
/// whose actor's id or place it is), and such a query is read as that key's timeline too. Any other (part of a word,
/// part of a phrase) reads the words of the index (items <c>timeline_words</c>), takes those that hold the part of the
/// query with the fewest events, loads the events of their keys, and keeps those the query selects; ids and places
/// that are not one word are keys of their own (<c>l:</c>) for that.
/// </para>
/// </summary>
public static partial class EventTimeline
{
    /// <summary>The kind of the items that list the name index's words, in ordinal order.</summary>
    public const string WordsKind = "timeline_words";

    /// <summary>The fewest characters of a word with a key of its own; a shorter query is answered by reading every event.</summary>
    private const int MinWord = 4;

    private const int WordsPerItem = 2_048;

    /// <summary>How many words of the index may hold a part of a query for their events to be loaded; more, and that part does not narrow the search.</summary>
    private const int WordsPerPart = 256;

    /// <summary>
    /// A name folded as <see cref="StringComparison.OrdinalIgnoreCase"/> compares: each character in invariant capitals,
    /// but surrogates (never part of a word here) and the long s, which that comparison leaves as it is while the
    /// runtime's capitals make it an S when it runs with ICU (this build runs in invariant globalization mode, where
    /// both leave it, and every other character of the Basic Multilingual Plane folds the same in both modes).
    /// </summary>
    private static string Fold(string s) => string.Create(s.Length, s, static (span, source) =>
    {
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            span[i] = char.IsSurrogate(c) || c == '\u017F' ? c : char.ToUpperInvariant(c);
        }
    });

    /// <summary>Whether a folded name is one word long enough for a key.</summary>
    private static bool IsWord(string folded) => folded.Length >= MinWord && folded.All(char.IsLetterOrDigit);

    /// <summary>The words of a folded name long enough for a key.</summary>
    private static IEnumerable<string> Words(string folded)
    {
        for (int i = 0; i < folded.Length;)
        {
            if (!char.IsLetterOrDigit(folded[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < folded.Length && char.IsLetterOrDigit(folded[i]))
            {
                i++;
            }

            if (i - start >= MinWord)
            {
                yield return folded[start..i];
            }
        }
    }

    private static string WordKey(string word) => "c:" + word;

    private static string WholeKey(string folded) => "l:" + folded;

    private static string PhraseKey(string folded) => "p:" + folded;

    /// <summary>
    /// What the filtered timelines hold for an actor given by part of a name: the timeline of one word or phrase (of
    /// that word or phrase and <paramref name="root"/>'s type, when given and the snapshot has such keys: then
    /// <paramref name="typed"/>), or the timelines that hold the events of the part of the name with the fewest (a
    /// group whose events are loaded and checked), or a group of none when no event can match; null when the index
    /// cannot say (a snapshot saved without words, a query too short, or one whose parts are each held by too many
    /// words): every event is then read.
    /// </summary>
    private static KeyGroup? NamePart(IArticleStore store, string about, IndexBuilt index, string? root, out bool typed)
    {
        typed = false;
        string folded = Fold(about);
        if (index.Words is null || folded.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        // A word, or a name, alias, id or place of several words or with a sign (a phrase), selects what its key does.
        string own = IsWord(folded) ? WordKey(folded) : PhraseKey(folded);
        if (store.CorpusItem(KeyKind, own) is { } json)
        {
            if (root is null || index.Phrases is null)
            {
                return new KeyGroup([ReadKey(json)], Exact: true);
            }

            // Its key with the type is there when an event of that type has it.
            typed = true;
            return store.CorpusItem(KeyKind, root + "|" + own) is { } both ? new KeyGroup([ReadKey(both)], Exact: true) : new KeyGroup([], Exact: true);
        }

        var parts = Words(folded).Distinct(StringComparer.Ordinal).ToList();
        if (parts.Count == 0)
        {
            return null;
        }

        // Every match holds each part inside one word, or has the whole query as its id or place: for each part, the
        // events of the words that hold it and of that id or place hold every match.
        var whole = store.CorpusItem(KeyKind, WholeKey(folded)) is { } w ? ReadKey(w) : null;
        var words = ReadMarked(store, WordsKind, item => JsonSerializer.Deserialize<string[]>(item)!, null, null, out _).SelectMany(x => x).ToList();
        var groups = new List<KeyGroup>();
        foreach (string part in parts)
        {
            var holding = words.Where(x => x.Contains(part, StringComparison.Ordinal)).Take(WordsPerPart + 1).ToList();
            if (holding.Count > WordsPerPart)
            {
                continue;
            }

            var items = holding.Select(x => store.CorpusItem(KeyKind, WordKey(x))).OfType<string>().Select(ReadKey).ToList();
            if (whole is not null)
            {
                items.Add(whole);
            }

            if (items.Count == 0)
            {
                return new KeyGroup([], Exact: false);
            }

            groups.Add(new KeyGroup([.. items.DistinctBy(i => i.Set)], Exact: false));
        }

        // The part with the fewest events narrows enough: reading the others' costs more than loading what they would
        // leave out (measured: "Barack Obama" 206 ms with both parts read, 140 ms with "Barack"'s alone, at 10,000 articles).
        return groups.MinBy(g => g.Events);
    }

    private static KeyItem ReadKey(string json) => JsonSerializer.Deserialize<KeyItem>(json, IndexJsonOptions)!;

    /// <summary>Saved timelines whose events, together, hold those an actor selects: exactly (a key of the actor's own) or with others, to be checked.</summary>
    private sealed record KeyGroup(List<KeyItem> Items, bool Exact)
    {
        public long Events => Items.Sum(i => (long)i.Events);
    }

    /// <summary>
    /// The names of each dated event's actors, kept while the filtered timelines are made: each event's names and
    /// aliases (compared by what they hold) and whole names (its actors' ids and its place, compared whole), each
    /// folded and listed once for the whole snapshot. Once every event was added (<see cref="Close"/>), each name's
    /// words (runs of letters and digits of at least <see cref="MinWord"/> characters) give the words they hold, the
    /// event's <c>c:</c> keys, and each name gives the phrases it holds, its <c>p:</c> keys: a phrase is a name, alias,
    /// id or place of at least <see cref="MinWord"/> characters that is not one word (it holds a space or a sign) and
    /// holds no colon, and its key selects exactly what it selects as a query (the events with a name or alias that
    /// holds it, or whose actor's id or place it is).
    /// </summary>
    private sealed class NameWords
    {
        private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
        private readonly List<string> words = [];
        private readonly Dictionary<string, int> names = new(StringComparer.Ordinal);
        private readonly List<string> nameList = [];

        // A name's id, or the complement of a whole name's.
        private readonly ChunkedList<int> eventNames = new();
        private readonly ChunkedList<int> starts = new();
        private readonly List<int> phrases = [];

        // Whether a name's words joined the words: 1 as a name or alias, 2 as an id or place.
        private readonly List<byte> joined = [];

        // For each name: the words its words hold, the word it is when whole (else -1), the phrase it is (else -1),
        // and the phrases it holds.
        private int[][] nameWords = [];
        private int[] wholeWord = [];
        private int[] phraseOf = [];
        private int[][] namePhrases = [];
        private int[] stamps = [];
        private int[] phraseStamps = [];
        private int round;

        public NameWords() => starts.Add(0);

        public int Count => words.Count;

        public string this[int id] => words[id];

        /// <summary>How many phrases have keys (after <see cref="Close"/>).</summary>
        public int PhraseCount => phrases.Count;

        public string Phrase(int phrase) => nameList[phrases[phrase]];

        /// <summary>
        /// Adds the names of the next dated event, and to <paramref name="keys"/> the keys of its actors' ids and its
        /// place that are neither one word nor an id with a colon: what a query of several words is compared with whole.
        /// </summary>
        public void Add(KeyFacts e, HashSet<string> keys)
        {
            foreach (var p in e.Sources.Concat(e.Targets))
            {
                foreach (string name in p.Aliases.Prepend(p.Name))
                {
                    eventNames.Add(NameId(Fold(name), whole: false));
                }

                Whole(p.Id, keys);
            }

            if (e.Location is { } place)
            {
                Whole(place, keys);
            }

            starts.Add(eventNames.Count);
        }

        /// <summary>Finds, for each word, the words it holds (itself included), and for each name its words' and its phrases, once every event was added.</summary>
        public void Close()
        {
            var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
            var held = new int[words.Count][];
            var found = new List<int>();
            for (int id = 0; id < words.Count; id++)
            {
                held[id] = Inner(words[id], MinWord, span => lookup.TryGetValue(span, out int inner) ? inner : -1, found);
            }

            int count = nameList.Count;
            nameWords = new int[count][];
            wholeWord = new int[count];
            phraseOf = new int[count];
            int longest = 0;
            for (int n = 0; n < count; n++)
            {
                string name = nameList[n];
                found.Clear();
                foreach (string word in (joined[n] & 1) != 0 ? Words(name) : [])
                {
                    found.AddRange(held[ids[word]]);
                }

                nameWords[n] = [.. found.Distinct()];
                wholeWord[n] = IsWord(name) ? ids[name] : -1;
                phraseOf[n] = -1;
                if (wholeWord[n] < 0 && name.Length >= MinWord && !name.Contains(':', StringComparison.Ordinal))
                {
                    phraseOf[n] = phrases.Count;
                    phrases.Add(n);
                    longest = Math.Max(longest, name.Length);
                }
            }

            var names = this.names.GetAlternateLookup<ReadOnlySpan<char>>();
            namePhrases = new int[count][];
            for (int n = 0; n < count; n++)
            {
                namePhrases[n] = Inner(nameList[n], MinWord, span => span.Length <= longest && names.TryGetValue(span, out int inner) ? phraseOf[inner] : -1, found);
            }

            stamps = new int[words.Count];
            phraseStamps = new int[phrases.Count];
        }

        /// <summary>The words whose keys the <paramref name="d"/>th dated event answers to, each once, in <paramref name="into"/>.</summary>
        public List<int> KeysOf(int d, List<int> into) => Of(d, nameWords, wholeWord, stamps, into);

        /// <summary>The phrases whose keys the <paramref name="d"/>th dated event answers to, each once, in <paramref name="into"/>.</summary>
        public List<int> PhrasesOf(int d, List<int> into) => Of(d, namePhrases, phraseOf, phraseStamps, into);

        /// <summary>What the <paramref name="d"/>th dated event's names hold (<paramref name="held"/>) and its whole names are (<paramref name="whole"/>), each once.</summary>
        private List<int> Of(int d, int[][] held, int[] whole, int[] stamped, List<int> into)
        {
            into.Clear();
            round++;
            for (int i = starts[d]; i < starts[d + 1]; i++)
            {
                int n = eventNames[i];
                if (n < 0)
                {
                    Mark(whole[~n], stamped, into);
                    continue;
                }

                foreach (int inner in held[n])
                {
                    Mark(inner, stamped, into);
                }
            }

            return into;
        }

        /// <summary>Writes the words in ordinal order, <see cref="WordsPerItem"/> an item.</summary>
        public void Write(ICorpusWriter writer)
        {
            var sorted = words.Order(StringComparer.Ordinal).ToList();
            for (int i = 0; i * WordsPerItem < sorted.Count; i++)
            {
                writer.Write(WordsKind, ItemId(i), JsonSerializer.Serialize(sorted.Skip(i * WordsPerItem).Take(WordsPerItem)));
            }
        }

        /// <summary>What <paramref name="of"/> finds (not negative) among the parts of <paramref name="s"/> of at least <paramref name="least"/> characters, each once.</summary>
        private static int[] Inner(string s, int least, Func<ReadOnlySpan<char>, int> of, List<int> found)
        {
            found.Clear();
            for (int start = 0; start + least <= s.Length; start++)
            {
                for (int end = start + least; end <= s.Length; end++)
                {
                    int inner = of(s.AsSpan(start, end - start));
                    if (inner >= 0 && !found.Contains(inner))
                    {
                        found.Add(inner);
                    }
                }
            }

            return [.. found];
        }

        private void Mark(int key, int[] stamped, List<int> into)
        {
            if (key >= 0 && stamped[key] != round)
            {
                stamped[key] = round;
                into.Add(key);
            }
        }

        private void Whole(string name, HashSet<string> keys)
        {
            string folded = Fold(name);
            if (folded.Length == 0 || folded.Contains(':', StringComparison.Ordinal))
            {
                return;
            }

            eventNames.Add(~NameId(folded, whole: true));
            if (!folded.All(char.IsLetterOrDigit))
            {
                keys.Add(WholeKey(folded));
            }
        }

        /// <summary>
        /// A folded name's id. The words of a name or alias join the words the first time it is one; an id or place
        /// joins them only when it is one word (one of several words is compared whole, not by its words).
        /// </summary>
        private int NameId(string folded, bool whole)
        {
            if (!names.TryGetValue(folded, out int id))
            {
                names.Add(folded, id = nameList.Count);
                nameList.Add(folded);
                joined.Add(0);
            }

            byte use = whole ? (byte)2 : (byte)1;
            if ((joined[id] & use) == 0)
            {
                joined[id] |= use;
                foreach (string word in whole ? (IsWord(folded) ? [folded] : []) : Words(folded))
                {
                    WordId(word);
                }
            }

            return id;
        }

        private int WordId(string word)
        {
            if (!ids.TryGetValue(word, out int id))
            {
                ids.Add(word, id = words.Count);
                words.Add(word);
            }

            return id;
        }
    }
}
