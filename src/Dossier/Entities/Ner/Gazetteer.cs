namespace Dossier.Entities.Ner;

/// <summary>
/// Phrase lists by category (country, city, first name, organisation…), matched case-insensitively over token
/// sequences. Phrases are kept as 64-bit hashes of their lower-cased tokens, so the model file carries no text.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>The longest phrase, in tokens, that is looked up.</summary>
    public const int MaxTokens = 8;

    private readonly Dictionary<ulong, ushort> phrases;

    public Gazetteer(IReadOnlyList<string> categories, Dictionary<ulong, ushort> phrases)
    {
        ArgumentNullException.ThrowIfNull(categories);
        if (categories.Count > 16)
        {
            throw new ArgumentException("DOS0502: a gazetteer holds at most 16 categories.", nameof(categories));
        }

        Categories = categories;
        this.phrases = phrases;
    }

    public static Gazetteer Empty { get; } = new([], []);

    public IReadOnlyList<string> Categories { get; }

    public int Count => phrases.Count;

    /// <summary>The raw table (phrase hash → category bit mask), for saving.</summary>
    public IReadOnlyDictionary<ulong, ushort> Phrases => phrases;

    /// <summary>The hash of a phrase given as tokens.</summary>
    public static ulong PhraseHash(IEnumerable<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ulong h = FeatureHash.Start(0x6A2);
        foreach (string t in tokens)
        {
            h = FeatureHash.Mix(h, t.ToLowerInvariant());
        }

        return h;
    }

    /// <summary>
    /// For each token, a mask of (category, position) bits: bit <c>4 * category + p</c> with p = 0 B, 1 I, 2 L, 3 U,
    /// set for every listed phrase the token lies in.
    /// </summary>
    public ulong[] Match(IReadOnlyList<string> lowerWords)
    {
        ArgumentNullException.ThrowIfNull(lowerWords);
        var marks = new ulong[lowerWords.Count];
        if (phrases.Count == 0)
        {
            return marks;
        }

        for (int i = 0; i < lowerWords.Count; i++)
        {
            ulong h = FeatureHash.Start(0x6A2);
            int max = Math.Min(MaxTokens, lowerWords.Count - i);
            for (int len = 1; len <= max; len++)
            {
                h = FeatureHash.Mix(h, lowerWords[i + len - 1]);
                if (!phrases.TryGetValue(h, out ushort mask))
                {
                    continue;
                }

                for (int c = 0; c < 16; c++)
                {
                    if ((mask & (1 << c)) == 0)
                    {
                        continue;
                    }

                    if (len == 1)
                    {
                        marks[i] |= 1UL << ((4 * c) + 3);
                        continue;
                    }

                    marks[i] |= 1UL << (4 * c);
                    for (int k = i + 1; k < i + len - 1; k++)
                    {
                        marks[k] |= 1UL << ((4 * c) + 1);
                    }

                    marks[i + len - 1] |= 1UL << ((4 * c) + 2);
                }
            }
        }

        return marks;
    }
}
