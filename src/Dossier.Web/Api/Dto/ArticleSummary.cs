using System.Globalization;
using Dossier.Model;
using Dossier.Storage;

namespace Dossier.Web.Api.Dto;

/// <summary>An article in lists: identity, metadata and counts of what the per-article stages found.</summary>
public sealed record ArticleSummary(
    string Id, string Source, int Version, string? Title, string? Outlet, string? Wire, string? Published,
    IReadOnlyList<string>? PublishedRange, string? Dateline, string? Byline, int Characters,
    int Entities, int Quotes, int Events, string Evidence)
{
    internal static ArticleSummary From(ArticleRecord a, Document doc) => From(a, Dossier.Contracts.AnnotationCounts.Of(doc));

    internal static ArticleSummary From(ArticleRecord a, Dossier.Contracts.AnnotationCounts counts)
    {
        var m = a.Metadata;
        return new ArticleSummary(a.Id, a.Source, a.Version, m.Title, m.Outlet, m.Wire, Iso(m.Published),
            m.PublishedRange is { } r ? [Iso(r.Earliest)!, Iso(r.Latest)!] : null, m.Dateline, m.Byline, a.Body.Length,
            counts.Entities, counts.Quotes, counts.Events, Html.Url.Path("articles", a.Id));
    }

    internal static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
