using AngleSharp.Dom;

namespace Dossier.Ingest.Html;

/// <summary>
/// Removes page furniture from a parsed page before the article is located: tags that never hold text, hidden
/// elements, and elements whose class or id names furniture. Captions and pull quotes met on the way are kept aside.
/// An element that holds most of the page's plain text is never removed for its name alone (sites put "share" or
/// "hidden-xs" on wrappers of the whole article), except comment threads, which can outgrow the article.
/// </summary>
internal sealed class PageCleaner
{
    private const double ProtectedShare = 0.6;

    private readonly List<string> _captions = [];
    private readonly List<string> _pullQuotes = [];
    private readonly HashSet<IElement> _holdsBody = new(ReferenceEqualityComparer.Instance);
    private DomStats _stats = null!;
    private int _totalPlain;

    public IReadOnlyList<string> Captions => _captions;

    public IReadOnlyList<string> PullQuotes => _pullQuotes;

    public void Clean(IElement body)
    {
        _stats = DomStats.Compute(body);
        _totalPlain = _stats[body].PlainChars;
        MarkBodyWrappers(body);
        CleanChildren(body);
    }

    /// <summary>
    /// Marks the ancestors of a large element that names itself the article (article, main, itemprop=articleBody,
    /// "entry-content"…): page layouts put "sidebar_right", "off-canvas-wrap" or "has-sidebar" on the wrappers
    /// of the whole page, and removing them for that name would remove the article with them.
    /// </summary>
    private void MarkBodyWrappers(IElement body)
    {
        var minimum = Math.Max(BodyWrapperMinChars, (int)(BodyWrapperShare * _totalPlain));
        IElement? largest = null;
        var largestChars = 0;
        foreach (var element in body.Descendants<IElement>())
        {
            // The cheap size test first: the name regex runs only on the few elements large enough to count.
            var chars = _stats[element].PlainChars;
            if (chars < minimum || chars <= largestChars || !NamesArticle(element))
                continue;
            largest = element;
            largestChars = chars;
        }
        // Only the largest: a sidebar of teasers holds article elements too, but smaller ones. And not inside a
        // popup, whose text ("content" of a modal) is never the article however long.
        for (var ancestor = largest?.ParentElement; ancestor is not null && ancestor != body; ancestor = ancestor.ParentElement)
        {
            if (BoilerplatePatterns.IsOverlayName(BoilerplatePatterns.Names(ancestor)))
            {
                _holdsBody.Clear();
                return;
            }
            _holdsBody.Add(ancestor);
        }
    }

    private static bool NamesArticle(IElement element) =>
        element.LocalName is "article" or "main"
        || string.Equals(element.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase)
        || BoilerplatePatterns.IsBodyName(BoilerplatePatterns.Names(element));

    /// <summary>An article element counts when it holds at least this many plain characters…</summary>
    private const int BodyWrapperMinChars = 400;

    /// <summary>…and at least this share of the page's plain text.</summary>
    private const double BodyWrapperShare = 0.25;

    private void CleanChildren(IElement parent)
    {
        // A snapshot of the children, walked by index: removing while walking NextSibling would be quadratic in
        // AngleSharp, which finds siblings by searching the parent's list.
        var children = parent.ChildNodes.ToArray();
        foreach (var node in children)
        {
            if (node is IElement child)
            {
                if (child.LocalName == "noscript" && HoldsProse(child))
                    child = Unwrap(child);
                if (ShouldRemove(child))
                    child.Remove();
                else
                    CleanChildren(child);
            }
            else if (node.NodeType == NodeType.Comment)
            {
                // Comments in the markup are never text.
                parent.RemoveChild(node);
            }
        }
    }

    /// <summary>Paragraph text a noscript needs to count as the page's article rather than a "enable JavaScript" note.</summary>
    private const int NoscriptProseChars = 300;

    /// <summary>
    /// Whether a noscript holds the article: pages that render their text by script (Blogger's templates) repeat
    /// it in paragraphs inside noscript for readers without scripts. Notes, tracking pixels and style sheets there
    /// hold no paragraphs.
    /// </summary>
    private static bool HoldsProse(IElement noscript)
    {
        var chars = 0;
        foreach (var paragraph in noscript.QuerySelectorAll("p"))
        {
            chars += paragraph.TextContent.Length;
            if (chars >= NoscriptProseChars)
                return true;
        }
        return false;
    }

    /// <summary>Replaces a noscript by a div holding its children, so it is cleaned and located like any block.</summary>
    private static IElement Unwrap(IElement noscript)
    {
        var div = noscript.Owner!.CreateElement("div");
        while (noscript.FirstChild is { } first)
            div.AppendChild(first);
        noscript.Replace(div);
        return div;
    }

    private bool ShouldRemove(IElement element)
    {
        var name = element.LocalName;
        if (name == "figcaption" || (name == "figure" && !HoldsText(element)))
        {
            CollectCaptions(element);
            return true;
        }
        if (BoilerplatePatterns.IsDroppedTag(name))
            return true;
        if (element.HasAttribute("hidden") || IsHiddenByStyle(element))
            return true;
        var names = BoilerplatePatterns.Names(element);
        if (names.Length == 0)
            return name == "aside" && !HoldsMostText(element);
        if (BoilerplatePatterns.IsPullQuoteName(names))
        {
            AddText(_pullQuotes, element);
            return true;
        }
        if (BoilerplatePatterns.IsCaptionName(names) && _stats[element].Chars < 400)
        {
            AddText(_captions, element);
            return true;
        }
        if (name == "aside" && !HoldsMostText(element))
            return true;
        // A heading's id is an anchor made from its words ("nav_nur_die_folie" for a table of contents), not a
        // furniture name: only its class counts.
        if (BoilerplatePatterns.IsHeading(name) && !BoilerplatePatterns.IsBoilerplateName(element.GetAttribute("class")?.ToLowerInvariant() ?? string.Empty))
            return false;
        if (BoilerplatePatterns.IsStrongFurnitureName(names))
            return !HoldsMostText(element);
        if (!BoilerplatePatterns.IsBoilerplateName(names))
            return false;
        var isComments = BoilerplatePatterns.IsCommentsName(names);
        if (!isComments && (name is "article" or "main" || _holdsBody.Contains(element) || BoilerplatePatterns.IsBodyName(names)))
            return false;
        return isComments || !HoldsMostText(element);
    }

    /// <summary>Text (outside its caption) a figure needs to be a container of the article rather than a picture.</summary>
    private const int FigureTextChars = 150;

    /// <summary>
    /// Whether a figure holds article text besides its caption: page builders use figure for tables, slides and
    /// boxes of paragraphs, which are not pictures.
    /// </summary>
    private bool HoldsText(IElement figure)
    {
        var chars = _stats[figure].PlainChars;
        if (chars < FigureTextChars)
            return false;
        foreach (var caption in figure.QuerySelectorAll("figcaption"))
            chars -= _stats[caption].PlainChars;
        return chars >= FigureTextChars && figure.QuerySelector("p, table, ul, ol, li, blockquote") is not null;
    }

    private bool HoldsMostText(IElement element) => _totalPlain >= 200 && _stats[element].PlainChars >= ProtectedShare * _totalPlain;

    private static bool IsHiddenByStyle(IElement element)
    {
        var style = element.GetAttribute("style");
        if (string.IsNullOrEmpty(style))
            return false;
        var compact = style.Replace(" ", string.Empty, StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    private void CollectCaptions(IElement figure)
    {
        if (figure.LocalName == "figcaption")
        {
            AddText(_captions, figure);
            return;
        }
        foreach (var caption in figure.QuerySelectorAll("figcaption"))
            AddText(_captions, caption);
    }

    private static void AddText(List<string> into, IElement element)
    {
        var text = TextNormalizer.Collapse(element.TextContent);
        if (text.Length > 0 && !into.Contains(text, StringComparer.Ordinal))
            into.Add(text);
    }
}
