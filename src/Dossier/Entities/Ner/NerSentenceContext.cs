namespace Dossier.Entities.Ner;

/// <summary>
/// What the feature extractor needs about one sentence, computed once: hashed word forms and shapes, gazetteer
/// marks and cluster-path prefixes, so that per-label decoding only mixes precomputed hashes.
/// </summary>
internal sealed class NerSentenceContext
{
    public NerSentenceContext(string[] words, Gazetteer gazetteer, WordClusters clusters, bool extended = false)
    {
        Words = words;
        Extended = extended;
        int n = words.Length;
        Lower = new string[n];
        LowerHash = new ulong[n];
        ExactHash = new ulong[n];
        ShortShapeHash = new ulong[n];
        LongShapeHash = new ulong[n];
        ClusterHash = new ulong[n * WordClusters.PrefixLengths.Length];
        int letters = 0, caps = 0;
        for (int i = 0; i < n; i++)
        {
            string w = words[i];
            string lower = w.ToLowerInvariant();
            Lower[i] = lower;
            LowerHash[i] = FeatureHash.Of(lower);
            ExactHash[i] = FeatureHash.Of(w);
            ShortShapeHash[i] = WordShape.ShortHash(w);
            LongShapeHash[i] = WordShape.LongHash(w);
            string? path = clusters.PathOf(lower);
            if (path is not null)
            {
                for (int k = 0; k < WordClusters.PrefixLengths.Length; k++)
                {
                    int len = Math.Min(WordClusters.PrefixLengths[k], path.Length);
                    ClusterHash[(i * WordClusters.PrefixLengths.Length) + k] = FeatureHash.Mix(FeatureHash.Start(k), path.AsSpan(0, len));
                }
            }

            if (WordShape.HasLetter(w))
            {
                letters++;
                caps += WordShape.IsAllCaps(w) ? 1 : 0;
            }
        }

        // Wire-copy headlines and datelines are set in capitals; capitalisation means nothing there.
        IsHeadline = letters >= 2 && caps == letters;
        GazetteerMarks = gazetteer.Match(Lower);
    }

    public string[] Words { get; }

    public string[] Lower { get; }

    public ulong[] LowerHash { get; }

    public ulong[] ExactHash { get; }

    public ulong[] ShortShapeHash { get; }

    public ulong[] LongShapeHash { get; }

    /// <summary>Cluster prefix hashes, <see cref="WordClusters.PrefixLengths"/> per token, 0 when the word has no cluster.</summary>
    public ulong[] ClusterHash { get; }

    public ulong[] GazetteerMarks { get; }

    public bool IsHeadline { get; }

    /// <summary>Whether the feature templates added in model format 2 (90–96) are on.</summary>
    public bool Extended { get; }

    public int Length => Words.Length;
}
