using Dossier.Model;
using Dossier.Temporal;

namespace Dossier.Corpus.EventMerging;

/// <summary>
/// What <see cref="EventMergingStage"/> needs of one article, read while its document is at hand
/// (<see cref="EventMergingStage.Read"/>), so the document can go before the stage runs: the event reports its stored
/// date expressions give, the date keys those expressions name, and for an undated article the expressions it can be
/// dated again by and the pins known-date events give them. Reports depend on the dates only, and a dated article's
/// dates (or an undated one's without pins) never change between merging rounds, so they are read once; an article
/// that gets pins is read again from its document in each round.
/// </summary>
public sealed class ArticleEvents
{
    internal ArticleEvents(string id, DateOnly? published, DateRange? publishedRange, ArticleDating? dating, IReadOnlyList<DatePin> pins, IReadOnlyList<EventReport> reports, IReadOnlyList<string> dateKeys)
    {
        Id = id;
        Published = published;
        PublishedRange = publishedRange;
        Dating = dating;
        Pins = pins;
        Reports = reports;
        DateKeys = dateKeys;
    }

    /// <summary>The article's id.</summary>
    public string Id { get; }

    /// <summary>The day the article states it appeared, or null.</summary>
    public DateOnly? Published { get; }

    /// <summary>The publication range stored with an undated article, or null.</summary>
    public DateRange? PublishedRange { get; }

    /// <summary>The expressions an undated article with sentences can be dated again by; null for every other article.</summary>
    public ArticleDating? Dating { get; }

    /// <summary>The pins known-date events (<see cref="Dating.AnchorEvents"/>) give the article's expressions.</summary>
    public IReadOnlyList<DatePin> Pins { get; }

    /// <summary>The date keys (<c>2024</c>, <c>2024-07</c>, <c>2024-07-04</c>) the stored date expressions name, for counting later references.</summary>
    public IReadOnlyList<string> DateKeys { get; }

    /// <summary>
    /// The reports the stored date expressions give, without their story (set when the stories are known); empty
    /// when <see cref="Pins"/> is not, since such an article's expressions are resolved again before any merging.
    /// </summary>
    internal IReadOnlyList<EventReport> Reports { get; }

    /// <summary>The article without its reports (which the stage keeps encoded while it merges them partition by partition).</summary>
    internal ArticleEvents WithoutReports() => Reports.Count == 0 ? this : new(Id, Published, PublishedRange, Dating, Pins, [], DateKeys);
}
