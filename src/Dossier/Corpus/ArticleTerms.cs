namespace Dossier.Corpus;

/// <summary>
/// What <see cref="StoryClusterer"/> needs of one article: its term counts (content words of its title and text, and
/// the entities it mentions), the title a story would take from it, and its dates. Computed while the article's
/// document is at hand, so the document can go before the stage runs.
/// </summary>
/// <param name="Id">The article's id.</param>
/// <param name="Title">The title a story named by this article gets: the article's title, else its first sentence, shortened.</param>
/// <param name="HasTitle">Whether the article has a title line (such an article is preferred to name its story).</param>
/// <param name="EarliestDay">The earliest day the article may have appeared (<see cref="CorpusArticle.EarliestDay"/>).</param>
/// <param name="LatestDay">The latest day the article may have appeared (<see cref="CorpusArticle.LatestDay"/>).</param>
/// <param name="Terms">The distinct terms, in the order they first occur (the order the weights are summed in).</param>
/// <param name="Counts">How often each of <paramref name="Terms"/> occurs (an entity mention counts three).</param>
public sealed record ArticleTerms(string Id, string Title, bool HasTitle, DateOnly? EarliestDay, DateOnly? LatestDay, string[] Terms, int[] Counts);
