using Dossier.Model;

namespace Dossier.Corpus.Entities;

/// <summary>
/// What <see cref="CorpusEntityResolver"/> needs of one entity of one article: the entity as the article resolved it
/// and its mentions there, each with its text. Read while the article's document is at hand
/// (<see cref="CorpusEntityResolver.Read"/>), so the document can go before the stage runs.
/// </summary>
/// <param name="Article">The article's id.</param>
/// <param name="Entity">The entity as the article's entity stage resolved it (or as its mentions name it, for an article stored without entity records).</param>
/// <param name="Mentions">Its mentions in the article, in text order.</param>
public sealed record ArticleEntityNode(string Article, ResolvedEntity Entity, IReadOnlyList<CorpusMention> Mentions);
