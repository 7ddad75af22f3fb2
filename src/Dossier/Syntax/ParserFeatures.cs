namespace Dossier.Syntax;

/// <summary>
/// The parser's feature templates: those of Zhang &amp; Nivre (2011) for arc-eager (words and tags of the stack top,
/// the buffer front and its successors, their heads and outermost children, distance, valency and label sets) and a
/// few more (the second stack item, universal tags, whether the stack top has its head).
/// </summary>
internal static class ParserFeatures
{
    public const int Max = 100;

    /// <summary>
    /// Feature templates over the state. <paramref name="w"/>, <paramref name="p"/> and <paramref name="u"/> hold
    /// word hashes, Penn tag ids and universal tag ids per word (index 0 the root), all nonzero; <paramref name="clusters"/>
    /// their word clusters, or null for a parser without cluster features.
    /// </summary>
    public static int Extract(ParserState c, ulong[] w, ulong[] p, ulong[] u, WordCluster[]? clusters, Span<ulong> f)
    {
        int s0 = c.S(0), s1 = c.S(1), n0 = c.B(0), n1 = c.B(1), n2 = c.B(2);
        int s0h = s0 >= 0 ? c.Head[s0] : -1;
        int s0h2 = s0h >= 0 ? c.Head[s0h] : -1;
        int s0l = s0 >= 0 ? c.Left1[s0] : -1, s0l2 = s0 >= 0 ? c.Left2[s0] : -1;
        int s0r = s0 >= 0 ? c.Right1[s0] : -1, s0r2 = s0 >= 0 ? c.Right2[s0] : -1;
        int n0l = n0 >= 0 ? c.Left1[n0] : -1, n0l2 = n0 >= 0 ? c.Left2[n0] : -1;

        ulong W(int i) => i >= 0 ? w[i] : 0;
        ulong P(int i) => i >= 0 ? p[i] : 0;
        ulong U(int i) => i >= 0 ? u[i] : 0;
        ulong L(int i) => i >= 0 ? (ulong)(c.Label[i] + 1) : 0;

        ulong s0w = W(s0), s0p = P(s0), n0w = W(n0), n0p = P(n0), n1w = W(n1), n1p = P(n1), n2p = P(n2);
        ulong d = s0 >= 0 && n0 >= 0 ? (ulong)Math.Min(n0 - s0, 10) : 0;
        ulong s0vl = s0 >= 0 ? (ulong)c.LeftCount[s0] : 99, s0vr = s0 >= 0 ? (ulong)c.RightCount[s0] : 99;
        ulong n0vl = n0 >= 0 ? (ulong)c.LeftCount[n0] : 99;
        ulong s0sl = s0 >= 0 ? c.LeftLabels[s0] : 1, s0sr = s0 >= 0 ? c.RightLabels[s0] : 1;
        ulong n0sl = n0 >= 0 ? c.LeftLabels[n0] : 1;

        int k = 0;
        f[k++] = FeatureHash.Of(1, s0w, s0p);
        f[k++] = FeatureHash.Of(2, s0w);
        f[k++] = FeatureHash.Of(3, s0p);
        f[k++] = FeatureHash.Of(4, n0w, n0p);
        f[k++] = FeatureHash.Of(5, n0w);
        f[k++] = FeatureHash.Of(6, n0p);
        f[k++] = FeatureHash.Of(7, n1w, n1p);
        f[k++] = FeatureHash.Of(8, n1w);
        f[k++] = FeatureHash.Of(9, n1p);
        f[k++] = FeatureHash.Of(10, W(n2), n2p);
        f[k++] = FeatureHash.Of(11, W(n2));
        f[k++] = FeatureHash.Of(12, n2p);

        f[k++] = FeatureHash.Of(13, s0w, s0p, n0w, n0p);
        f[k++] = FeatureHash.Of(14, s0w, s0p, n0w);
        f[k++] = FeatureHash.Of(15, s0w, n0w, n0p);
        f[k++] = FeatureHash.Of(16, s0w, s0p, n0p);
        f[k++] = FeatureHash.Of(17, s0p, n0w, n0p);
        f[k++] = FeatureHash.Of(18, s0w, n0w);
        f[k++] = FeatureHash.Of(19, s0p, n0p);
        f[k++] = FeatureHash.Of(20, n0p, n1p);

        f[k++] = FeatureHash.Of(21, n0p, n1p, n2p);
        f[k++] = FeatureHash.Of(22, s0p, n0p, n1p);
        f[k++] = FeatureHash.Of(23, P(s0h), s0p, n0p);
        f[k++] = FeatureHash.Of(24, s0p, P(s0l), n0p);
        f[k++] = FeatureHash.Of(25, s0p, P(s0r), n0p);
        f[k++] = FeatureHash.Of(26, s0p, n0p, P(n0l));

        f[k++] = FeatureHash.Of(27, s0w, d);
        f[k++] = FeatureHash.Of(28, s0p, d);
        f[k++] = FeatureHash.Of(29, n0w, d);
        f[k++] = FeatureHash.Of(30, n0p, d);
        f[k++] = FeatureHash.Of(31, s0w, n0w, d);
        f[k++] = FeatureHash.Of(32, s0p, n0p, d);

        f[k++] = FeatureHash.Of(33, s0w, s0vr);
        f[k++] = FeatureHash.Of(34, s0p, s0vr);
        f[k++] = FeatureHash.Of(35, s0w, s0vl);
        f[k++] = FeatureHash.Of(36, s0p, s0vl);
        f[k++] = FeatureHash.Of(37, n0w, n0vl);
        f[k++] = FeatureHash.Of(38, n0p, n0vl);

        f[k++] = FeatureHash.Of(39, W(s0h));
        f[k++] = FeatureHash.Of(40, P(s0h));
        f[k++] = FeatureHash.Of(41, L(s0));
        f[k++] = FeatureHash.Of(42, W(s0l));
        f[k++] = FeatureHash.Of(43, P(s0l));
        f[k++] = FeatureHash.Of(44, L(s0l));
        f[k++] = FeatureHash.Of(45, W(s0r));
        f[k++] = FeatureHash.Of(46, P(s0r));
        f[k++] = FeatureHash.Of(47, L(s0r));
        f[k++] = FeatureHash.Of(48, W(n0l));
        f[k++] = FeatureHash.Of(49, P(n0l));
        f[k++] = FeatureHash.Of(50, L(n0l));

        f[k++] = FeatureHash.Of(51, W(s0h2));
        f[k++] = FeatureHash.Of(52, P(s0h2));
        f[k++] = FeatureHash.Of(53, L(s0h));
        f[k++] = FeatureHash.Of(54, W(s0l2));
        f[k++] = FeatureHash.Of(55, P(s0l2));
        f[k++] = FeatureHash.Of(56, L(s0l2));
        f[k++] = FeatureHash.Of(57, W(s0r2));
        f[k++] = FeatureHash.Of(58, P(s0r2));
        f[k++] = FeatureHash.Of(59, L(s0r2));
        f[k++] = FeatureHash.Of(60, W(n0l2));
        f[k++] = FeatureHash.Of(61, P(n0l2));
        f[k++] = FeatureHash.Of(62, L(n0l2));
        f[k++] = FeatureHash.Of(63, s0p, P(s0l), P(s0l2));
        f[k++] = FeatureHash.Of(64, s0p, P(s0r), P(s0r2));
        f[k++] = FeatureHash.Of(65, s0p, P(s0h), P(s0h2));
        f[k++] = FeatureHash.Of(66, n0p, P(n0l), P(n0l2));

        f[k++] = FeatureHash.Of(67, s0w, s0sr);
        f[k++] = FeatureHash.Of(68, s0p, s0sr);
        f[k++] = FeatureHash.Of(69, s0w, s0sl);
        f[k++] = FeatureHash.Of(70, s0p, s0sl);
        f[k++] = FeatureHash.Of(71, n0w, n0sl);
        f[k++] = FeatureHash.Of(72, n0p, n0sl);

        ulong s0HasHead = s0 > 0 && c.Head[s0] >= 0 ? 2UL : 1UL;
        f[k++] = FeatureHash.Of(73, W(s1));
        f[k++] = FeatureHash.Of(74, P(s1));
        f[k++] = FeatureHash.Of(75, P(s1), s0p, n0p);
        f[k++] = FeatureHash.Of(76, U(s0), U(n0));
        f[k++] = FeatureHash.Of(77, U(s0), s0w);
        f[k++] = FeatureHash.Of(78, U(n0), n0w);
        f[k++] = FeatureHash.Of(79, U(s0), U(n0), U(n1));
        f[k++] = FeatureHash.Of(80, s0p, n0p, s0HasHead);
        f[k++] = FeatureHash.Of(81, n0w, n1w);
        f[k++] = FeatureHash.Of(82, s0HasHead, L(s0), n0p);
        f[k++] = FeatureHash.Of(83, P(s1), s0HasHead, s0p, n0p);
        f[k++] = FeatureHash.Of(84, 1);
        if (clusters is not null)
        {
            // Cluster features after Koo et al. (2008): a middle prefix (a fine word class) and a long one (near the
            // word itself) stand in for words, alone and paired with the other item's tag, so rare words share
            // weights with frequent words of the same distribution.
            var none = new WordCluster(0, 0, 0);
            var k0 = s0 >= 0 ? clusters[s0] : none;
            var kn0 = n0 >= 0 ? clusters[n0] : none;
            var kn1 = n1 >= 0 ? clusters[n1] : none;
            var ks0h = s0h >= 0 ? clusters[s0h] : none;
            f[k++] = FeatureHash.Of(85, k0.Middle);
            f[k++] = FeatureHash.Of(86, kn0.Middle);
            f[k++] = FeatureHash.Of(87, k0.Long, kn0.Long);
            f[k++] = FeatureHash.Of(88, k0.Middle, kn0.Middle);
            f[k++] = FeatureHash.Of(89, k0.Middle, n0p);
            f[k++] = FeatureHash.Of(90, s0p, kn0.Middle);
            f[k++] = FeatureHash.Of(91, k0.Long, n0p, d);
            f[k++] = FeatureHash.Of(92, kn0.Middle, kn1.Middle);
            f[k++] = FeatureHash.Of(93, ks0h.Middle, k0.Middle, kn0.Middle);
            f[k++] = FeatureHash.Of(94, k0.Short, kn0.Long, s0HasHead);
        }

        return k;
    }
}
