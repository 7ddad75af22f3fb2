using AngleSharp.Dom;

namespace Dossier.Ingest.Html;

/// <summary>
/// Finds the elements that hold the article: containers are scored by the paragraphs they hold (length, commas,
/// link density, class names, as readability does), the best one is widened to its parent when that parent holds
/// comparable text, and its siblings join when they score close to it. A container whose markup names it an article
/// body wins when it holds most of that text.
/// </summary>
internal sealed class ContentLocator
{
    private const int MinParagraphChars = 20;

    private readonly DomStats _stats;
    private readonly Dictionary<IElement, double> _scores = new(ReferenceEqualityComparer.Instance);

    private ContentLocator(DomStats stats) => _stats = stats;

    /// <summary>The article's containers in document order; the body itself when nothing stands out.</summary>
    public static IReadOnlyList<IElement> Locate(IElement body, DomStats stats)
    {
        var locator = new ContentLocator(stats);
        locator.ScoreParagraphs(body);
        return locator.Choose(body);
    }

    private void ScoreParagraphs(IElement root)
    {
        foreach (var element in root.Descendants<IElement>())
        {
            if (!IsParagraphLike(element))
                continue;
            var s = _stats[element];
            if (s.Chars < MinParagraphChars)
                continue;
            var score = 1.0 + s.Commas + Math.Min(s.Chars / 100, 3);
            var ancestor = element.ParentElement;
            for (var level = 0; level < 4 && ancestor is not null; level++, ancestor = ancestor.ParentElement)
            {
                if (!_scores.ContainsKey(ancestor))
                    _scores[ancestor] = BaseScore(ancestor);
                _scores[ancestor] += level switch { 0 => score, 1 => score / 2, _ => score / (level * 3) };
            }
        }
    }

    private static bool IsParagraphLike(IElement element)
    {
        switch (element.LocalName)
        {
            case "p" or "pre" or "td" or "blockquote" or "dd":
                return true;
            case "div" or "section" or "span" or "font" or "li":
                // A container with no block children is a paragraph in disguise (text with <br>s).
                foreach (var c in element.Children)
                {
                    if (BoilerplatePatterns.IsBlock(c.LocalName))
                        return false;
                }
                return element.LocalName != "span" || element.ParentElement?.LocalName is "div" or "td" or "section";
            default:
                return false;
        }
    }

    private static double BaseScore(IElement element)
    {
        var score = element.LocalName switch
        {
            "div" or "article" or "main" => 5,
            "pre" or "td" or "blockquote" or "section" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        var names = BoilerplatePatterns.Names(element);
        if (BoilerplatePatterns.IsNegativeName(names))
            score -= 25;
        if (BoilerplatePatterns.IsPositiveName(names))
            score += 25;
        if (string.Equals(element.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase))
            score += 25;
        return score;
    }

    private double Final(IElement element) =>
        _scores.TryGetValue(element, out var s) ? s * (1 - _stats[element].LinkDensity) : double.MinValue;

    private List<IElement> Choose(IElement body)
    {
        IElement? top = null;
        var topScore = double.MinValue;
        foreach (var (element, _) in _scores)
        {
            var f = Final(element);
            if (f > topScore)
            {
                topScore = f;
                top = element;
            }
        }
        if (top is null || top == body)
            return [body];

        top = Widen(top, body);
        topScore = Final(top);
        var parent = top.ParentElement;
        if (parent is null)
            return [top];
        var threshold = Math.Max(10, topScore * 0.2);
        var topClass = top.GetAttribute("class");
        var chosen = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == top || JoinsTop(sibling, threshold, topScore, topClass))
                chosen.Add(sibling);
        }
        if (FindLead(top, chosen) is { } lead)
            chosen.Insert(0, lead);
        return chosen;
    }

    /// <summary>
    /// The lead paragraph (teaser, standfirst, intro) that sites place before the article body in a separate
    /// element: a preceding sibling of the container or of one of its three nearest ancestors, named as a lead.
    /// </summary>
    private IElement? FindLead(IElement top, List<IElement> chosen)
    {
        var first = chosen[0];
        var current = top;
        for (var level = 0; level < 4 && current.ParentElement is { } parent; level++, current = parent)
        {
            var seen = 0;
            for (var sibling = current.PreviousElementSibling; sibling is not null && seen < 6; sibling = sibling.PreviousElementSibling, seen++)
            {
                if (chosen.Contains(sibling))
                    continue;
                var lead = sibling.LocalName == "p" || BoilerplatePatterns.IsLeadName(BoilerplatePatterns.Names(sibling))
                    || string.Equals(sibling.GetAttribute("itemprop"), "description", StringComparison.OrdinalIgnoreCase)
                    ? sibling : null;
                if (lead is null || (lead.LocalName == "p" && level > 0 && !BoilerplatePatterns.IsLeadName(BoilerplatePatterns.Names(lead))))
                    continue;
                var s = _stats[lead];
                if (s.Chars is >= 40 and <= 1500 && s.LinkDensity < 0.2 && !lead.Contains(first))
                    return lead;
            }
        }
        return null;
    }

    /// <summary>Climbs to the parent when the best container is one of several parts of the article.</summary>
    private IElement Widen(IElement top, IElement body)
    {
        var current = top;
        while (current.ParentElement is { } parent && parent != body)
        {
            // An only child adds nothing; a parent whose extra text is plain prose, not links, holds more article.
            // However much prose it adds, a parent whose extra text is nearly free of links holds the article's other
            // sections: content management systems write each text element in a wrapper of its own (TYPO3's
            // "c12345" elements, page builders' rows), and the best-scoring one is only a part. Teaser boxes and
            // menus carry links, so they stop the climb.
            var p = _stats[parent];
            var c = _stats[current];
            var extraPlain = p.PlainChars - c.PlainChars;
            var extraLinks = p.LinkChars - c.LinkChars;
            if (parent.ChildElementCount == 1 || (extraPlain < c.PlainChars * WidenShare && extraLinks * 2 < extraPlain + 50)
                || (extraPlain >= SectionsMinChars && extraLinks * SectionsLinkRatio < extraPlain && !HoldsTeaser(parent)))
            {
                current = parent;
                continue;
            }
            break;
        }
        return current;
    }

    /// <summary>Whether a child of the parent is a teaser, related or author box: link-light, but not the article.</summary>
    private static bool HoldsTeaser(IElement parent)
    {
        foreach (var child in parent.Children)
        {
            if (BoilerplatePatterns.IsTeaserName(BoilerplatePatterns.Names(child)))
                return true;
        }
        return false;
    }

    /// <summary>How much prose (relative to the container) a parent may add and still be taken as the article.</summary>
    private const double WidenShare = 0.5;

    /// <summary>Prose a parent must add to be taken as the article's other sections…</summary>
    private const int SectionsMinChars = 200;

    /// <summary>…with at most one link character for this many plain ones.</summary>
    private const int SectionsLinkRatio = 10;

    /// <summary>A sibling section with at least this much plain prose joins the article whatever its score.</summary>
    private const int SiblingProseChars = 200;

    private bool JoinsTop(IElement sibling, double threshold, double topScore, string? topClass)
    {
        var bonus = !string.IsNullOrEmpty(topClass) && string.Equals(sibling.GetAttribute("class"), topClass, StringComparison.Ordinal)
            ? topScore * 0.2 : 0;
        if (_scores.TryGetValue(sibling, out var score) && Final(sibling) + bonus >= threshold)
            return true;
        // Teaser lists and "related"/"author" boxes can be long and link-light; they do not join by length alone.
        if (score > 0 && sibling.LocalName is not ("ul" or "ol") && !BoilerplatePatterns.IsTeaserName(BoilerplatePatterns.Names(sibling)))
        {
            var stats = _stats[sibling];
            if (stats.PlainChars >= SiblingProseChars && stats.LinkDensity < 0.25)
                return true;
        }
        if (sibling.LocalName != "p")
            return false;
        var s = _stats[sibling];
        return (s.Chars > 80 && s.LinkDensity < 0.25) || (s.Chars is > 0 and <= 80 && s.LinkChars == 0 && sibling.TextContent.Contains(". ", StringComparison.Ordinal));
    }
}
