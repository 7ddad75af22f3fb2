namespace Dossier.Syntax.Training;

/// <summary>
/// Makes a tree projective by lifting (Nivre &amp; Nilsson 2005, without encoding the lift in the label): while some
/// arc crosses another, the shortest non-projective arc's dependent is re-attached to its grandparent. The arc-eager
/// parser can only build projective trees, so it is trained on the lifted trees; it then attaches a word of a
/// non-projective construction to an ancestor of its true head, which costs that one arc and nothing else.
/// </summary>
public static class Projectivizer
{
    /// <summary>
    /// Returns lifted heads. <paramref name="heads"/>[d] is the head of word d in 1..n (0 = root); index 0 is unused.
    /// </summary>
    public static int[] Lift(int[] heads)
    {
        ArgumentNullException.ThrowIfNull(heads);
        var h = (int[])heads.Clone();
        while (true)
        {
            int worst = -1, shortest = int.MaxValue;
            for (int d = 1; d < h.Length; d++)
            {
                int len = Math.Abs(h[d] - d);
                if (h[d] > 0 && len < shortest && !IsProjective(h, h[d], d))
                {
                    worst = d;
                    shortest = len;
                }
            }

            if (worst < 0)
            {
                return h;
            }

            h[worst] = h[h[worst]];
        }
    }

    /// <summary>How many arcs of the tree are non-projective.</summary>
    public static int NonProjectiveArcs(int[] heads)
    {
        ArgumentNullException.ThrowIfNull(heads);
        int count = 0;
        for (int d = 1; d < heads.Length; d++)
        {
            if (heads[d] > 0 && !IsProjective(heads, heads[d], d))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>An arc is projective when its head dominates every word between the two ends.</summary>
    private static bool IsProjective(int[] h, int head, int dependent)
    {
        int lo = Math.Min(head, dependent), hi = Math.Max(head, dependent);
        for (int k = lo + 1; k < hi; k++)
        {
            int a = k;
            int steps = 0;
            while (a != head && a > 0 && steps++ < h.Length)
            {
                a = h[a];
            }

            if (a != head)
            {
                return false;
            }
        }

        return true;
    }
}
