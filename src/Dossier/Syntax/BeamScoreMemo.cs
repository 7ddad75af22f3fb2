using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Dossier.Syntax;

/// <summary>
/// Scores the beam parser's states through a per-sentence memo of summed weights. A state's templates fall into the
/// ten groups of <see cref="ParserFeatures.Groups"/> (the buffer; the stack top; the two together; the stack top's
/// head, left children and right children; its head and its children with the buffer front; the buffer front's left
/// children; the second stack item), and each group's integer class sums are kept until the sentence ends, keyed by
/// what the group reads of the state (<see cref="ParserFeatures.Key"/>: word positions, labels, valencies; within one
/// sentence they fix the features). The states of one step, and the successors of one state, share most groups, so
/// a group that was seen is neither extracted (hashed) nor looked up in the weight table of a million rows, where
/// lookups miss the caches. Integer sums are exact, so the scores are those of <see cref="QuantizedModel.Score"/>
/// over all the features, bit for bit; a hit compares the whole key, not only its hash. One memo per thread and
/// model (the parser is shared by the pipeline's workers).
/// </summary>
internal sealed class BeamScoreMemo
{
    // Per group: a table of 1,024 slots, at most 512 sums (a sentence of 60 words makes about 1,000 states, and a
    // group's distinct keys are a fraction of them; sums that no longer fit are added directly, as without the memo).
    private const int SlotCount = 1024;
    private const int MaxEntries = 512;

    // Each thread's memo per model. A memo refers to its model; held in a plain thread-static field it would keep the
    // model alive as long as the thread lives (pool threads live on), after the parser itself was let go.
    [ThreadStatic]
    private static ConditionalWeakTable<QuantizedModel, BeamScoreMemo>? perThread;

    private readonly QuantizedModel model;
    private readonly int featureCount;
    private readonly int stride;
    private readonly Group[] groups;
    private int generation = 1;

    // Keeps the loads of QuantizedModel.Touch alive.
    private int sink;

    private BeamScoreMemo(QuantizedModel model, int featureCount)
    {
        this.model = model;
        this.featureCount = featureCount;
        stride = model.Stride;
        groups = new Group[ParserFeatures.Groups.Length];
        for (int g = 0; g < groups.Length; g++)
        {
            // Template t is written at position t - 1; a parser without cluster features writes fewer templates.
            var positions = ParserFeatures.Groups[g].Select(t => t - 1).Where(p => p < featureCount).ToArray();
            groups[g] = new Group(positions, stride);
        }
    }

    /// <summary>This thread's memo for the model and the number of features its parser extracts, emptied for a new sentence.</summary>
    public static BeamScoreMemo For(QuantizedModel model, int featureCount)
    {
        var table = perThread ??= new ConditionalWeakTable<QuantizedModel, BeamScoreMemo>();
        if (!table.TryGetValue(model, out var memo) || memo.featureCount != featureCount)
        {
            memo = new BeamScoreMemo(model, featureCount);
            table.AddOrUpdate(model, memo);
        }

        memo.Reset();
        return memo;
    }

    /// <summary>Forgets every sum: keys are word positions, which mean other words in the next sentence.</summary>
    public void Reset()
    {
        generation++;
        if (generation == int.MaxValue)
        {
            generation = 1;
            foreach (var g in groups)
            {
                Array.Clear(g.Stamps);
            }
        }

        foreach (var g in groups)
        {
            g.Count = 0;
        }
    }

    /// <summary>Adds the scores of the state's features to <paramref name="scores"/>, as <see cref="QuantizedModel.Score"/> of all its features would.</summary>
    [SkipLocalsInit]
    public void Score(ParserState state, ParserInput input, Span<float> scores)
    {
        if ((input.Clusters is not null) != (featureCount == ParserFeatures.Count(clusters: true)))
        {
            throw new ArgumentException("DOS0226: the beam's score memo was made for a parser with other features.", nameof(input));
        }

        var atoms = new ParserAtoms(state);
        Span<int> total = stackalloc int[stride];
        total.Clear();
        int count = groups.Length;
        Span<int> keys = stackalloc int[count * ParserFeatures.MaxKey];
        Span<int> missed = stackalloc int[count];
        Span<int> missedAt = stackalloc int[count];
        Span<int> keySizes = stackalloc int[count];
        Span<ulong> missedHash = stackalloc ulong[count];
        Span<ulong> all = stackalloc ulong[ParserFeatures.Max];
        int misses = 0;
        for (int gi = 0; gi < count; gi++)
        {
            var g = groups[gi];
            var key = keys.Slice(gi * ParserFeatures.MaxKey, ParserFeatures.MaxKey);
            int size = ParserFeatures.Key(gi, in atoms, key);
            var mine = key[..size];
            ulong h = 0x9E3779B97F4A7C15UL;
            foreach (int v in mine)
            {
                h = (h ^ (uint)v) * 0xBF58476D1CE4E5B9UL;
            }

            h ^= h >> 31;
            int at = (int)(h >> 32) & (SlotCount - 1);
            while (true)
            {
                if (g.Stamps[at] != generation)
                {
                    // Extracted now, summed after every group was probed (below).
                    ParserFeatures.ExtractGroup(gi, in atoms, input.W, input.P, input.U, input.Clusters, all);
                    missed[misses] = gi;
                    missedAt[misses] = at;
                    missedHash[misses] = h;
                    keySizes[misses] = size;
                    misses++;
                    break;
                }

                if (g.Keys[at] == h && mine.SequenceEqual(g.KeyValues.AsSpan(g.Entries[at] * ParserFeatures.MaxKey, size)))
                {
                    Add(total, g.Sums.AsSpan(g.Entries[at] * stride, stride));
                    break;
                }

                at = (at + 1) & (SlotCount - 1);
            }
        }

        if (misses > 0)
        {
            // The missing groups' features are looked up in the weight table together: their first loads (nearly all
            // cache misses) are issued back to back and overlap, instead of a few per group.
            Span<ulong> pending = stackalloc ulong[ParserFeatures.Max];
            int n = 0;
            for (int m = 0; m < misses; m++)
            {
                foreach (int p in groups[missed[m]].Positions)
                {
                    pending[n++] = all[p];
                }
            }

            sink += model.Touch(pending[..n]);
            int start = 0;
            for (int m = 0; m < misses; m++)
            {
                int gi = missed[m];
                var g = groups[gi];
                int size = g.Positions.Length;
                AddMissing(g, missedAt[m], missedHash[m], keys.Slice(gi * ParserFeatures.MaxKey, keySizes[m]), pending.Slice(start, size), total);
                start += size;
            }
        }

        model.AddScaled(total, scores);
    }

    /// <summary>Sums a group's weights from the model, keeping the sum in slot <paramref name="at"/> while there is room.</summary>
    private void AddMissing(Group g, int at, ulong hash, ReadOnlySpan<int> key, ReadOnlySpan<ulong> mine, Span<int> total)
    {
        if (g.Count == MaxEntries)
        {
            model.AddSums(mine, total);
            return;
        }

        int entry = g.Count++;
        key.CopyTo(g.KeyValues.AsSpan(entry * ParserFeatures.MaxKey));
        var sums = g.Sums.AsSpan(entry * stride, stride);
        sums.Clear();
        model.AddSums(mine, sums);
        Add(total, sums);
        g.Stamps[at] = generation;
        g.Keys[at] = hash;
        g.Entries[at] = entry;
    }

    private static void Add(Span<int> total, ReadOnlySpan<int> sums)
    {
        ref int t = ref MemoryMarshal.GetReference(total);
        ref int s = ref MemoryMarshal.GetReference(sums);
        int lanes = Vector256<int>.Count;
        for (int c = 0; c + lanes <= total.Length; c += lanes)
        {
            (Vector256.LoadUnsafe(ref t, (nuint)c) + Vector256.LoadUnsafe(ref s, (nuint)c)).StoreUnsafe(ref t, (nuint)c);
        }
    }

    /// <summary>One group's memo: open addressing over <see cref="SlotCount"/> slots, valid when stamped with the generation.</summary>
    private sealed class Group(int[] positions, int stride)
    {
        public int[] Positions { get; } = positions;

        public int[] Stamps { get; } = new int[SlotCount];

        public ulong[] Keys { get; } = new ulong[SlotCount];

        public int[] Entries { get; } = new int[SlotCount];

        public int[] KeyValues { get; } = new int[MaxEntries * ParserFeatures.MaxKey];

        public int[] Sums { get; } = new int[MaxEntries * stride];

        public int Count { get; set; }
    }
}
