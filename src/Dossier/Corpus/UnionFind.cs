namespace Dossier.Corpus;

/// <summary>
/// Disjoint sets over 0..n-1. Grouping by union-find depends only on which pairs were joined, never on the order in
/// which they were, which is what makes corpus results independent of ingest order.
/// </summary>
public sealed class UnionFind
{
    private int[] parent;

    public UnionFind(int count)
    {
        parent = new int[Math.Max(count, 4)];
        for (int i = 0; i < count; i++)
        {
            parent[i] = i;
        }

        Count = count;
    }

    /// <summary>How many elements there are.</summary>
    public int Count { get; private set; }

    /// <summary>Adds an element in a set of its own and returns it (the next index).</summary>
    public int Add()
    {
        if (Count == parent.Length)
        {
            Array.Resize(ref parent, parent.Length * 2);
        }

        parent[Count] = Count;
        return Count++;
    }

    public int Find(int x)
    {
        // The array has room beyond the elements added so far; those slots are no elements.
        if ((uint)x >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, $"{Count} elements");
        }

        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }

    public void Union(int a, int b)
    {
        int ra = Find(a), rb = Find(b);
        if (ra != rb)
        {
            // The smaller index becomes the root, so roots are the same whatever the order of unions.
            if (ra < rb)
            {
                parent[rb] = ra;
            }
            else
            {
                parent[ra] = rb;
            }
        }
    }

    /// <summary>The groups, each as ascending member indexes, ordered by their smallest member.</summary>
    public List<List<int>> Groups()
    {
        var byRoot = new SortedDictionary<int, List<int>>();
        for (int i = 0; i < Count; i++)
        {
            int root = Find(i);
            if (!byRoot.TryGetValue(root, out var list))
            {
                byRoot[root] = list = [];
            }

            list.Add(i);
        }

        return [.. byRoot.Values];
    }
}
