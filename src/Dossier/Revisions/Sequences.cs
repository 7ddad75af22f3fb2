namespace Dossier.Revisions;

/// <summary>
/// The longest common subsequence of two sequences as a list of edits, in order. A common prefix and suffix are
/// matched first, so the usual revision (a few edits in a long text) costs little; past <see cref="MaxCells"/> table
/// cells the middle is reported as removed then added rather than spending unbounded time and memory.
/// </summary>
internal static class Sequences
{
    public const long MaxCells = 16_000_000;

    public static List<(DiffKind Kind, int OldIndex, int NewIndex)> Diff<T>(IReadOnlyList<T> a, IReadOnlyList<T> b, IEqualityComparer<T> eq)
    {
        int prefix = 0;
        while (prefix < a.Count && prefix < b.Count && eq.Equals(a[prefix], b[prefix]))
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && eq.Equals(a[a.Count - 1 - suffix], b[b.Count - 1 - suffix]))
        {
            suffix++;
        }

        var edits = new List<(DiffKind, int, int)>();
        for (int i = 0; i < prefix; i++)
        {
            edits.Add((DiffKind.Equal, i, i));
        }

        Middle(a, b, eq, prefix, a.Count - suffix, prefix, b.Count - suffix, edits);
        for (int k = suffix; k > 0; k--)
        {
            edits.Add((DiffKind.Equal, a.Count - k, b.Count - k));
        }

        return edits;
    }

    private static void Middle<T>(IReadOnlyList<T> a, IReadOnlyList<T> b, IEqualityComparer<T> eq, int a0, int a1, int b0, int b1, List<(DiffKind, int, int)> edits)
    {
        int n = a1 - a0, m = b1 - b0;
        if ((long)(n + 1) * (m + 1) > MaxCells)
        {
            for (int i = a0; i < a1; i++)
            {
                edits.Add((DiffKind.Removed, i, -1));
            }

            for (int j = b0; j < b1; j++)
            {
                edits.Add((DiffKind.Added, -1, j));
            }

            return;
        }

        // lcs[i, j] = length of the LCS of a[a0+i..a1) and b[b0+j..b1); walked forwards to emit edits in order.
        var lcs = new int[n + 1, m + 1];
        for (int i = n - 1; i >= 0; i--)
        {
            for (int j = m - 1; j >= 0; j--)
            {
                lcs[i, j] = eq.Equals(a[a0 + i], b[b0 + j]) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && eq.Equals(a[a0 + x], b[b0 + y]))
            {
                edits.Add((DiffKind.Equal, a0 + x, b0 + y));
                x++;
                y++;
            }
            else if (x < n && (y == m || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                // On a tie the removal comes first, as diff tools print it.
                edits.Add((DiffKind.Removed, a0 + x, -1));
                x++;
            }
            else
            {
                edits.Add((DiffKind.Added, -1, b0 + y));
                y++;
            }
        }
    }
}
