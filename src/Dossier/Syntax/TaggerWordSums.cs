using System.Runtime.CompilerServices;

namespace Dossier.Syntax;

/// <summary>
/// Each pass of the tagger starts with the same <see cref="TaggerFeatures.OwnCount"/> features of the word alone
/// (<see cref="TaggerFeatures.Own"/>: its forms, affixes, shape, flags, and whether it opens the sentence), and a
/// loaded model's weights do not change, so their class sums are kept per word for every model, across sentences:
/// a word seen before costs one lookup here instead of twelve per model in tables of a million rows. A pass then
/// adds its other features to the kept sums. A float sum depends on the order of its terms, so a kept sum is always
/// made from zero over those features in their order, exactly as a pass's own scoring starts: the scores are the
/// same, bit for bit, whether a word was kept, evicted or never seen. One per thread and tagger (the tagger is
/// shared by the pipeline's workers, and a thread may alternate between taggers, as the jackknife's folds do); it
/// grows with the words it keeps and is emptied whole, between sentences, when full.
/// </summary>
internal sealed class TaggerWordSums
{
    // About 16,000 distinct words cover most running text; an entry is about 430 bytes for the English tagger.
    private const int Capacity = 1 << 14;
    private const int InitialCapacity = 1 << 10;

    // Each thread's sums per tagger; a tagger no longer used takes its sums with it.
    [ThreadStatic]
    private static ConditionalWeakTable<PosTagger, TaggerWordSums>? perThread;

    private readonly SparseModel[] models;
    private readonly int[] offsets;
    private readonly int width;
    private ulong[] keys = new ulong[InitialCapacity * TaggerFeatures.OwnCount];
    private float[] sums;
    private LongIntMap index = new(InitialCapacity);
    private int count;

    private TaggerWordSums(SparseModel[] models)
    {
        this.models = models;
        offsets = new int[models.Length];
        foreach (var (model, m) in models.Select((model, m) => (model, m)))
        {
            offsets[m] = width;
            width += model.ClassCount;
        }

        sums = new float[InitialCapacity * width];
    }

    /// <summary>
    /// This thread's sums for the tagger's models (first pass, second pass if any, universal), or null when a model is
    /// not a loaded <see cref="SparseModel"/> (a perceptron in training changes its weights).
    /// </summary>
    public static TaggerWordSums? For(PosTagger tagger)
    {
        if (tagger.XposModel is not SparseModel first || tagger.UposModel is not SparseModel universal
            || (tagger.XposRightModel is not null && tagger.XposRightModel is not SparseModel))
        {
            return null;
        }

        var table = perThread ??= new ConditionalWeakTable<PosTagger, TaggerWordSums>();
        if (!table.TryGetValue(tagger, out var kept))
        {
            SparseModel[] models = tagger.XposRightModel is SparseModel second ? [first, second, universal] : [first, universal];
            kept = new TaggerWordSums(models);
            table.Add(tagger, kept);
        }

        return kept;
    }

    /// <summary>
    /// The entry holding the sums of the word's own features (<paramref name="own"/>, as <see cref="TaggerFeatures.Own"/>
    /// writes them), made now if the word was not kept; -1 when another word's entry has the same hash or there is no
    /// room left.
    /// </summary>
    private int Entry(ReadOnlySpan<ulong> own)
    {
        ulong h = 0x9E3779B97F4A7C15UL;
        foreach (ulong feature in own)
        {
            h = (h ^ feature) * 0xBF58476D1CE4E5B9UL;
            h ^= h >> 29;
        }

        int entry = index.Get(h);
        if (entry >= 0)
        {
            return own.SequenceEqual(keys.AsSpan(entry * TaggerFeatures.OwnCount, TaggerFeatures.OwnCount)) ? entry : -1;
        }

        if (count == Capacity)
        {
            // Full: the sentence's other words are scored whole (emptying happens between sentences, in Entries,
            // so that no entry a word of this sentence holds is overwritten).
            return -1;
        }

        if (count * TaggerFeatures.OwnCount == keys.Length)
        {
            Array.Resize(ref keys, keys.Length * 2);
            Array.Resize(ref sums, sums.Length * 2);
        }

        entry = count++;
        own.CopyTo(keys.AsSpan(entry * TaggerFeatures.OwnCount));
        var row = sums.AsSpan(entry * width, width);
        row.Clear();
        for (int m = 0; m < models.Length; m++)
        {
            models[m].Score(own, row.Slice(offsets[m], models[m].ClassCount));
        }

        index.Set(h, entry);
        return entry;
    }

    /// <summary>The entry of each of a sentence's <paramref name="n"/> words (see <see cref="Entry"/>), from the atoms <see cref="TaggerFeatures.Atoms"/> made.</summary>
    public int[] Entries(WordAtoms[] atoms, int n)
    {
        if (count + n > Capacity)
        {
            index = new LongIntMap(InitialCapacity);
            count = 0;
        }

        Span<ulong> own = stackalloc ulong[TaggerFeatures.OwnCount];
        var entries = new int[n];
        for (int i = 0; i < n; i++)
        {
            TaggerFeatures.Own(atoms[i + 2], i, own);
            entries[i] = Entry(own);
        }

        return entries;
    }

    /// <summary>The kept sums of an entry for model <paramref name="model"/> (0 first pass, then second pass if any, then universal).</summary>
    public ReadOnlySpan<float> Sums(int entry, int model) => sums.AsSpan(entry * width + offsets[model], models[model].ClassCount);

    /// <summary>How many models each entry keeps sums for.</summary>
    public int Models => models.Length;
}
