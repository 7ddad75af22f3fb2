using Dossier.Storage;

namespace Dossier.Web.Api.Dto;

/// <summary>An article with its stored body (which every evidence offset indexes) and captions.</summary>
public sealed record ArticleDetail(ArticleSummary Article, string? Url, IReadOnlyList<string> Captions, string Body, string IngestedAt)
{
    internal static ArticleDetail From(ArticleRecord a, ArticleSummary summary) =>
        new(summary, a.Metadata.Url, a.Metadata.Captions, a.Body, a.IngestedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
}
