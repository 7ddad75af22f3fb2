namespace Dossier.Web.Html;

/// <summary>
/// The frame of every page: header, navigation, main content.
/// </summary>
internal static class Layout
{
    private static readonly (string Href, string Label)[] Live =
    [
        ("/", "Stories"), ("/timeline", "Timeline"), ("/search", "Search"), ("/quotes", "Quotes"), ("/entities", "Entities"),
        ("/events", "Events"), ("/disputes", "Disputes"), ("/agreements", "Agreements"), ("/dyads", "Dyads"),
        ("/ingest", "Ingest"), ("/exports", "Exports"),
    ];

    /// <summary>Renders a whole page; <paramref name="active"/> is the navigation entry to mark.</summary>
    public static string Page(string title, string active, Action<HtmlWriter> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var h = new HtmlWriter();
        h.Trusted("<!DOCTYPE html>");
        h.Open("html", ("lang", "en"));
        h.Open("head");
        h.Void("meta", ("charset", "utf-8"));
        h.Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"));
        h.Element("title", title + " · Dossier");
        h.Void("link", ("rel", "stylesheet"), ("href", Stylesheet.Path));
        h.Close("head");
        h.Open("body");
        h.Open("header", ("class", "top"));
        h.Link("/", "Dossier", ("class", "brand"));
        h.Open("nav", ("aria-label", "Views"));
        foreach (var (href, label) in Live)
        {
            h.Link(href, label, ("class", label == active ? "on" : null), ("aria-current", label == active ? "page" : null));
        }

        h.Close("nav");
        h.Close("header");
        h.Open("main");
        body(h);
        h.Close("main");
        h.Close("body");
        h.Close("html");
        return h.ToString();
    }

    /// <summary>A notice that says what a view cannot show yet and why.</summary>
    public static void Notice(HtmlWriter h, string text) => h.Element("p", text, ("class", "notice"));

    /// <summary>The hidden anti-forgery field every form carries.</summary>
    public static void AntiforgeryField(HtmlWriter h, Microsoft.AspNetCore.Antiforgery.AntiforgeryTokenSet tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        h.Void("input", ("type", "hidden"), ("name", tokens.FormFieldName), ("value", tokens.RequestToken));
    }
}
