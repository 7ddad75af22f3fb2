using System.Text;
using Dossier.Contracts;
using Dossier.Web.Api;
using Dossier.Web.Storage;

namespace Dossier.Web.Exports;

/// <summary>
/// A Markdown timeline: the dated events each article reports, by date, each with its source; then the articles by
/// publication date. Until events are merged across articles, one event reported twice appears twice.
/// </summary>
internal static class MarkdownTimeline
{
    public static string Write(DocumentCache corpus)
    {
        // Each document is read for its events and let go: only the events' views and the articles are kept.
        var all = corpus.Articles();
        var md = new StringBuilder();
        md.Append("# Timeline\n\n");
        var events = all.SelectMany(a => AnnotationViews.Events(a, corpus.Document(a)).Select(e => (Article: a, Event: e)))
            .Where(x => x.Event.Date is not null)
            .OrderBy(x => TimexBounds.Of(x.Event.Date).Earliest ?? x.Event.Date, StringComparer.Ordinal)
            .ToList();
        if (events.Count == 0)
        {
            md.Append("_No dated events yet: the event stage has not coded any in the stored articles._\n\n");
        }

        foreach (var (article, e) in events)
        {
            md.Append("- **").Append(Escape(e.Date!)).Append("** ").Append(Escape(e.Label)).Append(" (").Append(Escape(e.Code)).Append("): ")
              .Append(Escape(e.Evidence.Text.Trim())).Append(" — ").Append(Escape(article.Metadata.Title ?? article.Source)).Append('\n');
        }

        md.Append("\n## Articles\n\n");
        foreach (var a in all)
        {
            string date = a.Metadata.Published is { } p ? Api.Dto.ArticleSummary.Iso(p)!
                : a.Metadata.PublishedRange is { } r ? $"between {Api.Dto.ArticleSummary.Iso(r.Earliest)} and {Api.Dto.ArticleSummary.Iso(r.Latest)}" : "undated";
            md.Append("- ").Append(Escape(date)).Append(": ").Append(Escape(a.Metadata.Title ?? a.Source));
            if ((a.Metadata.Outlet ?? a.Metadata.Wire) is { } outlet)
            {
                md.Append(" (").Append(Escape(outlet)).Append(')');
            }

            md.Append(" `").Append(a.Id.Replace("`", string.Empty, StringComparison.Ordinal)).Append("`\n");
        }

        return md.ToString();
    }

    /// <summary>Escapes Markdown syntax and HTML so that article text stays text when the file is rendered.</summary>
    internal static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '!' or '(' or ')' or '{' or '}')
            {
                sb.Append('\\');
            }

            sb.Append(c is '\n' or '\r' ? ' ' : c);
        }

        return sb.ToString();
    }
}
