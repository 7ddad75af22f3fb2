namespace Dossier.Entities.Ner;

/// <summary>
/// The BILOU label set over a list of entity types: label 0 is O, then B, I, L, U for each type in order.
/// BILOU rather than BIO because Ratinov and Roth (2009) found it learns entity boundaries better with a greedy decoder.
/// </summary>
public sealed class NerLabels
{
    private static readonly char[] Prefixes = ['B', 'I', 'L', 'U'];

    public NerLabels(IReadOnlyList<string> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        Types = types;
        var names = new string[1 + (4 * types.Count)];
        names[0] = "O";
        for (int t = 0; t < types.Count; t++)
        {
            for (int p = 0; p < 4; p++)
            {
                names[1 + (4 * t) + p] = $"{Prefixes[p]}-{types[t]}";
            }
        }

        Names = names;
    }

    /// <summary>The entity types (PER, ORG, LOC, MISC for CoNLL).</summary>
    public IReadOnlyList<string> Types { get; }

    public IReadOnlyList<string> Names { get; }

    public int Count => Names.Count;

    /// <summary>The label index for a prefix (B, I, L, U) and a type index.</summary>
    public static int Label(char prefix, int type) => 1 + (4 * type) + Array.IndexOf(Prefixes, prefix);

    /// <summary>The prefix of a label: 'O', 'B', 'I', 'L' or 'U'.</summary>
    public static char PrefixOf(int label) => label == 0 ? 'O' : Prefixes[(label - 1) % 4];

    /// <summary>The type index of a label, or -1 for O.</summary>
    public static int TypeOf(int label) => label == 0 ? -1 : (label - 1) / 4;

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="previous"/> in a well-formed BILOU sequence.</summary>
    public static bool CanFollow(int previous, int next)
    {
        char p = PrefixOf(previous);
        char n = PrefixOf(next);
        bool previousOpen = p is 'B' or 'I';
        if (previousOpen)
        {
            return n is 'I' or 'L' && TypeOf(previous) == TypeOf(next);
        }

        return n is 'O' or 'B' or 'U';
    }

    /// <summary>Whether a label may end a sentence (an entity left open may not).</summary>
    public static bool CanEnd(int label) => PrefixOf(label) is 'O' or 'L' or 'U';

    /// <summary>BILOU labels for spans over <paramref name="length"/> tokens.</summary>
    public static int[] Encode(int length, IEnumerable<NerSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var labels = new int[length];
        foreach (var s in spans)
        {
            if (s.End - s.Start == 1)
            {
                labels[s.Start] = Label('U', s.Type);
                continue;
            }

            labels[s.Start] = Label('B', s.Type);
            for (int i = s.Start + 1; i < s.End - 1; i++)
            {
                labels[i] = Label('I', s.Type);
            }

            labels[s.End - 1] = Label('L', s.Type);
        }

        return labels;
    }

    /// <summary>Spans from BILOU labels; a malformed sequence is read leniently (an I or L after O opens a span).</summary>
    public static List<NerSpan> Decode(ReadOnlySpan<int> labels)
    {
        var spans = new List<NerSpan>();
        int start = -1, type = -1;
        for (int i = 0; i < labels.Length; i++)
        {
            char p = PrefixOf(labels[i]);
            int t = TypeOf(labels[i]);
            if (start >= 0 && (p is 'O' or 'B' or 'U' || t != type))
            {
                spans.Add(new NerSpan(start, i, type));
                start = -1;
            }

            switch (p)
            {
                case 'U':
                    spans.Add(new NerSpan(i, i + 1, t));
                    break;
                case 'B' or 'I':
                    if (start < 0)
                    {
                        start = i;
                        type = t;
                    }

                    break;
                case 'L':
                    spans.Add(new NerSpan(start >= 0 ? start : i, i + 1, t));
                    start = -1;
                    break;
            }
        }

        if (start >= 0)
        {
            spans.Add(new NerSpan(start, labels.Length, type));
        }

        return spans;
    }
}
