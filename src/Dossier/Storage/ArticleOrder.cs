using Dossier.Model;

namespace Dossier.Storage;

/// <summary>Where an article stands in the articles' order (<see cref="IArticleStore.ListArticles()"/>), as the listings that follow that order keep it.</summary>
public static class ArticleOrder
{
    /// <summary>The day an article is ordered by: the date it states, else the latest day of its inferred range; null (last) when it has neither.</summary>
    public static DateOnly? Day(ArticleMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return metadata.Published ?? metadata.PublishedRange?.Latest;
    }
}
