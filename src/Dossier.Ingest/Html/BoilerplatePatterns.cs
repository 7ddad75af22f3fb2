using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Dossier.Ingest.Html;

/// <summary>
/// What page furniture looks like in markup: tags that never hold article text, and class/id names of comment
/// threads, share bars, newsletter boxes, "read also" blocks, menus and ads (English and German spellings, since
/// the evaluation set is German-heavy), and of article bodies.
/// </summary>
internal static partial class BoilerplatePatterns
{
    private static readonly HashSet<string> DroppedTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "iframe", "frame", "frameset", "svg", "canvas", "object", "embed",
        "video", "audio", "map", "button", "input", "select", "textarea", "option", "link", "meta", "head", "nav",
        "footer", "menu", "dialog", "math", "applet", "source", "track", "datalist", "output", "progress", "img",
        "picture", "area", "label", "fieldset",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "tbody", "thead", "tfoot", "tr", "td",
        "th", "caption", "figure", "figcaption", "form", "address", "details", "summary", "center", "hr", "body",
        "html", "nav", "menu",
    };

    /// <summary>Tags dropped with their content wherever they occur.</summary>
    public static bool IsDroppedTag(string localName) => DroppedTags.Contains(localName);

    public static bool IsBlock(string localName) => BlockTags.Contains(localName);

    public static bool IsHeading(string localName) =>
        localName.Length == 2 && localName[0] == 'h' && localName[1] is >= '1' and <= '6';

    /// <summary>The lower-cased class and id of an element, joined, or empty.</summary>
    public static string Names(IElement element)
    {
        var cls = element.GetAttribute("class");
        var id = element.Id;
        // BEM modifiers ("section--ads": a section that has ads in it) describe the block, not furniture.
        // WordPress post classes ("category-kommentar", "tag-share") name the post's topics, not furniture.
        // State modifiers ("has-sidebar", "no-print", "with-header") say what is next to the element, not what it is.
        if (cls is not null && (cls.Contains("--", StringComparison.Ordinal) || cls.Contains("category-", StringComparison.Ordinal)
            || cls.Contains("tag-", StringComparison.Ordinal) || cls.Contains("has-", StringComparison.Ordinal)
            || cls.Contains("no-", StringComparison.Ordinal) || cls.Contains("with-", StringComparison.Ordinal)))
        {
            cls = string.Join(' ', cls.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => !t.Contains("--", StringComparison.Ordinal)
                && !t.StartsWith("category-", StringComparison.Ordinal) && !t.StartsWith("tag-", StringComparison.Ordinal)
                && !t.StartsWith("has-", StringComparison.Ordinal) && !t.StartsWith("no-", StringComparison.Ordinal)
                && !t.StartsWith("with-", StringComparison.Ordinal)));
        }
        if (string.IsNullOrEmpty(cls))
            return string.IsNullOrEmpty(id) ? string.Empty : id.ToLowerInvariant();
        return string.IsNullOrEmpty(id) ? cls.ToLowerInvariant() : (cls + " " + id).ToLowerInvariant();
    }

    /// <summary>Class/id names of furniture: comments, sharing, related links, menus, ads, newsletters.</summary>
    public static bool IsBoilerplateName(string names) => names.Length > 0 && Boilerplate().IsMatch(names);

    /// <summary>Class/id names of article bodies.</summary>
    public static bool IsBodyName(string names) => names.Length > 0 && BodyName().IsMatch(names);

    /// <summary>Class/id names that make a candidate container more likely (readability-style weight).</summary>
    public static bool IsPositiveName(string names) => names.Length > 0 && Positive().IsMatch(names);

    /// <summary>Class/id names that make a candidate container less likely.</summary>
    public static bool IsNegativeName(string names) => names.Length > 0 && Negative().IsMatch(names);

    /// <summary>Class/id names of comment threads, which are dropped even when they outgrow the article.</summary>
    public static bool IsCommentsName(string names) => names.Length > 0 && Comments().IsMatch(names);

    /// <summary>Class/id names of lead paragraphs placed before the body (teaser, standfirst, intro).</summary>
    public static bool IsLeadName(string names) => names.Length > 0 && Lead().IsMatch(names);

    /// <summary>
    /// Class/id names of furniture that an article-like word in the same name does not redeem ("related_post",
    /// "article-copyright", "author-description"): boxes that sit inside the article's container.
    /// </summary>
    public static bool IsStrongFurnitureName(string names) => names.Length > 0 && StrongFurniture().IsMatch(names);

    /// <summary>Class/id names of teaser lists and boxes about other pages or the author.</summary>
    public static bool IsTeaserName(string names) => names.Length > 0 && Teaser().IsMatch(names);

    /// <summary>Class/id names of popups and overlays, whose content is never the article.</summary>
    public static bool IsOverlayName(string names) => names.Length > 0 && Overlay().IsMatch(names);

    public static bool IsCaptionName(string names) => names.Length > 0 && Caption().IsMatch(names);

    public static bool IsPullQuoteName(string names) => names.Length > 0 && PullQuote().IsMatch(names);

    [GeneratedRegex(
        @"comment|kommentar|(?<![a-z])(share|sharing|shariff|social|socials)(?![a-z])|share-?(bar|box|buttons|tools|links)|social-?(media|share|bar|links|icons)|" +
        @"related|recommend|empfehl|newsletter|subscribe|abonn|sidebar|breadcrumb|cookie|consent|gdpr|banner|" +
        @"(?<![a-z])(ads?|adv|advert|advertisement|werbung|anzeige|sponsor(ed)?|promo|teaser-?list|" +
        @"nav|navi|menu|tags?|tagcloud|tag-?list|keywords|schlagworte|pagination|pager|paging|" +
        @"footer|foot|masthead|toolbar|tools|popup|modal|overlay|login|signup|register|" +
        @"author-?(bio|box|info)|bio|byline|dateline|meta|post-?meta|entry-?meta|article-?meta|rating|widget-?area|sidebar-?widget|" +
        @"read-?more|readmore|more-?(articles|stories|news)|also-?read|mehr-?zum-?thema|weitere-?(artikel|themen)|" +
        @"lesen-?sie-?auch|outbrain|taboola|disqus|plista|ligatus|skip|skiplinks|jump|" +
        @"caption|credit|copyright|(?<!(article|entry|post|story|table|single|intro|product)[_-]{1,2})header|masthead|site-?header|topbar|top-?bar|sitemap|" +
        @"breaking|ticker|most-?(read|popular|viewed)|trending|popular|top-?stories|latest|" +
        @"gallery|slideshow|video-?player|player|audio|podcast-?player|embed|contact|kontakt|" +
        @"subnav|subnavigation|dropdown|off-?canvas(?![_-]?(wrap|main|content|inner))|drawer|search|suche)(?![a-z])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Boilerplate();

    [GeneratedRegex(
        @"articlebody|article-?(body|content|text|inner|main)|(story|post|entry|news|blog|page|main|content|text|" +
        @"artikel|beitrag|single)-?(body|content|text|inhalt|copy)|body-?(text|copy|content)|rich-?text|" +
        @"field-?-?name-?-?body|(?<![a-z])(entry|post|article|story|artikel|textblock|fliesstext|content)(?![a-z])",
        RegexOptions.CultureInvariant)]
    private static partial Regex BodyName();

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|artikel|inhalt|beitrag",
        RegexOptions.CultureInvariant)]
    private static partial Regex Positive();

    [GeneratedRegex(
        @"hidden|banner|combx|comment|com-|contact|foot|footer|footnote|masthead|media|meta|outbrain|promo|related|" +
        @"scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|teaser|nav|menu|social|kommentar",
        RegexOptions.CultureInvariant)]
    private static partial Regex Negative();

    [GeneratedRegex(@"(?<![a-z])(comments?|kommentare?|comment-?(list|area|section|thread|form|respond|s-?container)|disqus|respond)(?![a-z])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Comments();

    [GeneratedRegex(@"(?<![a-z])(lead|leadtext|lede|intro|introduction|teaser|standfirst|summary|description|abstract|dek|subline|excerpt|vorspann|anreisser|kicker-?text)(?![a-z])|(article|story|post|entry)-?(lead|intro|teaser|summary|description|excerpt)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Lead();

    [GeneratedRegex(
        @"related|(?<![a-z])author-?(description|box|bio|info|profile|container|details|about|wrap)|about-?(the-?)?author|saboxplugin|" +
        @"sharedaddy|jetpack-likes|likes-widget|copyright|licen[cs]e-?info|postmetadata|post-?ratings|reading-?time|read-?time|" +
        @"disclosure|disclaimer|affiliate|(?<![a-z])toc(?![a-z_])|toc_container|textwidget|widget_text|widgetcontainer|" +
        @"(?<![a-z])cta(?![a-z])",
        RegexOptions.CultureInvariant)]
    private static partial Regex StrongFurniture();

    [GeneratedRegex(@"teaser|related|author|recommend|more-?(articles|stories|posts)", RegexOptions.CultureInvariant)]
    private static partial Regex Teaser();

    [GeneratedRegex(@"popup|popmake|modal|overlay|lightbox|(?<![a-z])pum(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Overlay();

    [GeneratedRegex(@"caption|bildunterschrift|bilduntertitel|(?<![a-z])legende?(?![a-z])|credit|img-?text|image-?text|photo-?text", RegexOptions.CultureInvariant)]
    private static partial Regex Caption();

    [GeneratedRegex(@"pull-?quote|pullquote|blockquote-?pull|zitat-?box", RegexOptions.CultureInvariant)]
    private static partial Regex PullQuote();
}
