using Dossier.Corpus.Claims;
using Dossier.Corpus.Entities;
using Dossier.Corpus.EventMerging;
using Dossier.Pipeline;

namespace Dossier.Corpus.Records;

/// <summary>
/// Everything the corpus stages need of one article, taken from its annotated document: its duplicates signature,
/// its story terms, its entity nodes, its event reports and dates, and its claims and agreements. A corpus build runs
/// over these records, not over documents, so an article's document can go as soon as its record is taken (or never
/// be loaded, when the store kept the record: <see cref="ArticleCorpusRecordCodec"/>), its distinct entity mentions,
/// which the mention listing groups, and its units with entities, which the evidence view compares.
/// </summary>
/// <param name="Id">The article's id.</param>
/// <param name="Undated">Whether the article states no publication day (its claims are read again when other articles narrow its range).</param>
public sealed record ArticleCorpusRecord(
    string Id,
    bool Undated,
    ArticleSignature Signature,
    ArticleTerms Terms,
    IReadOnlyList<ArticleEntityNode> Nodes,
    ArticleEvents Events,
    ArticleClaims Claims,
    ArticleMentions Mentions,
    ArticleEntityUnits Units)
{
    /// <summary>
    /// Takes the record of one article from its full document (tokens and tags included: claims and the dating of an
    /// undated article read them).
    /// </summary>
    /// <param name="article">The article with its document.</param>
    /// <param name="events">The event-merging stage whose reader takes the event reports.</param>
    /// <param name="pool">Shares words, terms, names and date keys across the records of one build.</param>
    /// <param name="timings">When given, receives the time each stage's part took, under the stage's name.</param>
    public static ArticleCorpusRecord Read(CorpusArticle article, EventMergingStage events, StringPool pool, StageTimings? timings = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(pool);
        var claims = StageTimings.Time(timings, "claims", () => ClaimsAndAgreements.Default.Read(article));
        var signature = StageTimings.Time(timings, "duplicates", () => ArticleSignature.Of(article));
        var terms = StageTimings.Time(timings, "stories", () => StoryClusterer.Read(article, pool));
        var nodes = StageTimings.Time(timings, "entities", () => CorpusEntityResolver.Read(article, pool));
        var reports = StageTimings.Time(timings, "events", () => events.Read(article, pool));
        var mentions = StageTimings.Time(timings, "mentions", () => ArticleMentions.Of(article.Id, article.Document, pool));
        var units = StageTimings.Time(timings, "units", () => ArticleEntityUnits.Of(article.Document, pool));
        return new ArticleCorpusRecord(article.Id, article.Metadata.Published is null, signature, terms, nodes, reports, claims, mentions, units);
    }
}
