using AngleSharp.Dom;

namespace Dossier.Ingest.Html;

/// <summary>
/// Text measures for every element of a tree, computed in one bottom-up pass so that scoring and guards never walk
/// a subtree twice (TextContent per element would make large pages quadratic).
/// </summary>
internal sealed class DomStats
{
    private readonly Dictionary<IElement, NodeStats> _stats = new(ReferenceEqualityComparer.Instance);

    private DomStats()
    {
    }

    public static DomStats Compute(IElement root)
    {
        var result = new DomStats();
        result.Visit(root, inLink: false);
        return result;
    }

    public NodeStats this[IElement element] => _stats.TryGetValue(element, out var s) ? s : default;

    private NodeStats Visit(IElement element, bool inLink)
    {
        inLink |= string.Equals(element.LocalName, "a", StringComparison.Ordinal);
        int chars = 0, links = 0, commas = 0;
        // Index the child list: AngleSharp finds a node's next sibling by searching its parent's list, which makes
        // sibling walks quadratic on pages with many siblings.
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (child is IElement e)
            {
                // Script, style and other never-text tags hold no article characters.
                if (e.LocalName is "script" or "style" or "noscript" or "template" or "svg")
                    continue;
                var s = Visit(e, inLink);
                chars += s.Chars;
                links += s.LinkChars;
                commas += s.Commas;
            }
            else if (child.NodeType == NodeType.Text)
            {
                var (c, k) = Count(child.TextContent);
                chars += c;
                commas += k;
                if (inLink)
                    links += c;
            }
        }
        var stats = new NodeStats(chars, links, commas);
        _stats[element] = stats;
        return stats;
    }

    private static (int Chars, int Commas) Count(string text)
    {
        int chars = 0, commas = 0;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
                continue;
            chars++;
            if (ch is ',' or '，' or '、' or '،')
                commas++;
        }
        return (chars, commas);
    }
}
