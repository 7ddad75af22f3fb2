namespace Dossier.Events.Petrarch;

/// <summary>
/// Multi-word phrases indexed by their first word, matched longest-first against a run of upper-case words.
/// A phrase whose last word does not end in <c>_</c> treats that word as a stem (<c>ARGENTIN</c> matches
/// <c>ARGENTINA</c>), as in TABARI/PETRARCH dictionaries, when the stem has at least four letters.
/// </summary>
public sealed class PhraseIndex<T>
    where T : class
{
    private const int MinimumStem = 4;
    private readonly Dictionary<string, List<Entry>> byFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> stemsByFirst = new(StringComparer.Ordinal);
    private readonly bool stems;
    private readonly HashSet<string> stemStarts = new(StringComparer.Ordinal);
    private int maxStem;

    /// <param name="stems">Whether phrases without a trailing <c>_</c> match as stems (actors: yes; agents, whose plurals are explicit: no).</param>
    public PhraseIndex(bool stems = true) => this.stems = stems;

    public int Count { get; private set; }

    /// <summary>Adds a phrase given as its words; a trailing <c>_</c> on the last word means "whole word only".</summary>
    public void Add(IReadOnlyList<string> words, T value)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count == 0)
        {
            return;
        }

        bool exactEnd = words[^1].EndsWith('_');
        string[] clean = words.Select(w => w.Trim('_')).Where(w => w.Length > 0).ToArray();
        if (clean.Length == 0)
        {
            return;
        }

        var entry = new Entry(clean, value);
        Count++;
        AddTo(byFirst, clean[0], entry);
        if (!stems)
        {
            return;
        }

        if (!exactEnd && clean.Length == 1 && clean[0].Length >= MinimumStem)
        {
            AddTo(stemsByFirst, clean[0], entry);
            stemStarts.Add(clean[0][..MinimumStem]);
            maxStem = Math.Max(maxStem, clean[0].Length);
        }
        else if (!exactEnd && clean[^1].Length >= MinimumStem)
        {
            AddTo(stemsByFirst, clean[0], entry with { Stem = true });
        }
    }

    /// <summary>The longest phrase starting at <paramref name="start"/> of <paramref name="words"/>, with its length in words.</summary>
    public (T Value, int Length)? Match(IReadOnlyList<string> words, int start)
    {
        ArgumentNullException.ThrowIfNull(words);
        (T, int)? best = null;
        int bestLength = 0;
        if (byFirst.TryGetValue(words[start], out var entries))
        {
            foreach (var e in entries)
            {
                if (e.Words.Length > bestLength && Matches(e, words, start, stem: false))
                {
                    best = (e.Value, e.Words.Length);
                    bestLength = e.Words.Length;
                }
            }
        }

        if (stemsByFirst.TryGetValue(words[start], out entries))
        {
            foreach (var e in entries)
            {
                if (e.Stem && e.Words.Length > bestLength && Matches(e, words, start, stem: true))
                {
                    best = (e.Value, e.Words.Length);
                    bestLength = e.Words.Length;
                }
            }
        }

        string word = words[start];
        if (best is null && word.Length > MinimumStem && stemStarts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word.AsSpan(0, MinimumStem)))
        {
            // Single-word stems: try the word's prefixes (IRANIAN -> IRAN).
            var lookup = stemsByFirst.GetAlternateLookup<ReadOnlySpan<char>>();
            for (int len = Math.Min(word.Length - 1, maxStem); len >= MinimumStem; len--)
            {
                if (lookup.TryGetValue(word.AsSpan(0, len), out var stemEntries))
                {
                    foreach (var e in stemEntries)
                    {
                        if (e.Words.Length == 1 && !e.Stem)
                        {
                            return (e.Value, 1);
                        }
                    }
                }
            }
        }

        return best;
    }

    private static bool Matches(Entry e, IReadOnlyList<string> words, int start, bool stem)
    {
        if (start + e.Words.Length > words.Count)
        {
            return false;
        }

        for (int k = 0; k < e.Words.Length; k++)
        {
            string w = words[start + k];
            bool last = k == e.Words.Length - 1;
            if (!(string.Equals(w, e.Words[k], StringComparison.Ordinal) || (stem && last && w.StartsWith(e.Words[k], StringComparison.Ordinal))))
            {
                return false;
            }
        }

        return true;
    }

    private static void AddTo(Dictionary<string, List<Entry>> index, string key, Entry entry)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(entry);
    }

    private sealed record Entry(string[] Words, T Value)
    {
        public bool Stem { get; init; }
    }
}
