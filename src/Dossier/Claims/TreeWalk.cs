using Dossier.Events;

namespace Dossier.Claims;

/// <summary>Walks over one sentence's dependency tree (local token indexes of a <see cref="SentenceGraph"/>).</summary>
public static class TreeWalk
{
    /// <summary>The nodes of the subtree under <paramref name="root"/>, the root first, not entering <paramref name="stop"/> nodes (other than the root).</summary>
    public static List<int> Subtree(SentenceGraph g, int root, Func<int, bool>? stop = null)
    {
        ArgumentNullException.ThrowIfNull(g);
        var result = new List<int>();
        var stack = new Stack<int>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            int n = stack.Pop();
            result.Add(n);
            foreach (int c in g.Children(n))
            {
                if (stop is null || !stop(c))
                {
                    stack.Push(c);
                }
            }
        }

        return result;
    }

    /// <summary>The lowest and highest token of a subtree.</summary>
    public static (int First, int Last) Range(SentenceGraph g, int root, Func<int, bool>? stop = null)
    {
        var nodes = Subtree(g, root, stop);
        return (nodes.Min(), nodes.Max());
    }

    /// <summary>Whether <paramref name="node"/> lies under <paramref name="ancestor"/> (or is it).</summary>
    public static bool IsUnder(SentenceGraph g, int node, int ancestor)
    {
        ArgumentNullException.ThrowIfNull(g);
        for (int n = node, guard = 0; n >= 0 && guard <= g.Count; n = g.Heads[n], guard++)
        {
            if (n == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The nodes strictly between <paramref name="a"/> and <paramref name="b"/> on the tree path joining them, or null
    /// when the path is longer than <paramref name="maxArcs"/> arcs.
    /// </summary>
    public static List<int>? Between(SentenceGraph g, int a, int b, int maxArcs)
    {
        ArgumentNullException.ThrowIfNull(g);
        var up = new List<int>();
        for (int n = a, guard = 0; n >= 0 && guard <= g.Count; n = g.Heads[n], guard++)
        {
            up.Add(n);
        }

        var down = new List<int>();
        for (int n = b, guard = 0; n >= 0 && guard <= g.Count; n = g.Heads[n], guard++)
        {
            int at = up.IndexOf(n);
            if (at >= 0)
            {
                if (at + down.Count > maxArcs)
                {
                    return null;
                }

                var path = up.Take(at + 1).Skip(1).ToList();
                down.Reverse();
                path.AddRange(down.Where(d => d != b));
                return path.Where(p => p != a && p != b).ToList();
            }

            down.Add(n);
        }

        return null;
    }

    /// <summary>The number of arcs between two nodes, or int.MaxValue when they are not connected within the sentence.</summary>
    public static int Distance(SentenceGraph g, int a, int b)
    {
        var path = Between(g, a, b, g.Count);
        return path is null ? int.MaxValue : a == b ? 0 : path.Count + 1;
    }
}
