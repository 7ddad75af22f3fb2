using System.Text.Json;
using System.Text.Json.Serialization;
using Dossier.Model;

namespace Dossier.Storage;

/// <summary>An event's actor as a listing shows it: the words that name it (empty when its span is not in the body), its entity and actor code.</summary>
public sealed record ListedActor(string Text, string? Entity, string? Code);

/// <summary>
/// An event one current article reports, as the listings show it (<c>/api/events</c>, <c>/events</c>): its CAMEO code
/// and label, the trigger's span and words, the unit that reports it (its sentence; else the sentence or line around
/// the trigger; else the trigger), its date and modality, its actors and the article's outlet (else its wire).
/// </summary>
/// <param name="Article">The article's id.</param>
/// <param name="Index">The event's place among the article's events (its annotations' order).</param>
public sealed record ListedEvent(
    string Article, int Index, string Code, string Label, int TriggerStart, int TriggerEnd, string TriggerText,
    int EvidenceStart, int EvidenceEnd, string EvidenceText, string? Date, string Modality,
    IReadOnlyList<ListedActor> Sources, IReadOnlyList<ListedActor> Targets, string? Outlet)
{
    /// <summary>Its actors as the store keeps them (JSON), and back.</summary>
    public static string ActorsJson(IReadOnlyList<ListedActor> actors) => JsonSerializer.Serialize(actors, Json);

    public static IReadOnlyList<ListedActor> ReadActors(string json) => JsonSerializer.Deserialize<List<ListedActor>>(json, Json) ?? [];

    /// <summary>The listing's order key of a date: the date, undated last.</summary>
    public static string DateKey(string? date) => date ?? "9999";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };
}

/// <summary>
/// Which events a listing keeps: a code that starts with <see cref="Code"/>; the modality <see cref="Modality"/>; an
/// actor whose words contain <see cref="Actor"/> (ignoring case) or whose code or entity is it; the article
/// <see cref="Article"/>. Null keeps every event.
/// </summary>
public sealed record EventFilter(string? Code = null, string? Modality = null, string? Actor = null, string? Article = null)
{
    public bool Matches(ListedEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return (Code is null || e.Code.StartsWith(Code, StringComparison.Ordinal))
            && (Modality is null || e.Modality == Modality)
            && (Actor is null || e.Sources.Concat(e.Targets).Any(x => QuoteFilter.Contains(x.Text, Actor) || x.Code == Actor || x.Entity == Actor))
            && (Article is null || e.Article == Article);
    }
}

/// <summary>A page of an event listing and how many events the whole listing has.</summary>
public sealed record EventPage(IReadOnlyList<ListedEvent> Events, int Total);

/// <summary>The events of current articles, listed from their documents: by date (undated last), then in the articles' order, then each article's events in order.</summary>
public static class EventListing
{
    /// <summary>The events of an article's document whose trigger lies in the body.</summary>
    public static IEnumerable<ListedEvent> Of(ArticleRecord article, Document doc)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(doc);
        string? outlet = Corpus.StoryListing.Outlet(article);
        List<(int Start, int End)>? units = null;
        for (int i = 0; i < doc.Events.Count; i++)
        {
            var e = doc.Events[i];
            if (!QuoteListing.InBody(doc.Text, e.Trigger.Start, e.Trigger.End))
            {
                continue;
            }

            var (start, end) = Evidence(doc, e, units ??= SearchUnits.Of(doc));
            yield return new ListedEvent(article.Id, i, e.Code, e.Label, e.Trigger.Start, e.Trigger.End, doc.Text[e.Trigger.Start..e.Trigger.End],
                start, end, doc.Text[start..end], e.Date, e.Modality, Actors(doc, e.Sources), Actors(doc, e.Targets), outlet);
        }
    }

    /// <summary>
    /// The span that reports an event: its sentence when it names one the document has, else the unit the store
    /// indexes (<see cref="SearchUnits"/>: a sentence, or a line) that holds the trigger's start, else the trigger.
    /// </summary>
    public static (int Start, int End) Evidence(Document doc, EventMention e, IReadOnlyList<(int Start, int End)> units)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(units);
        if (e.Sentence >= 0 && e.Sentence < doc.Sentences.Count)
        {
            return (doc.Sentences[e.Sentence].Start, doc.Sentences[e.Sentence].End);
        }

        foreach (var unit in units)
        {
            if (e.Trigger.Start >= unit.Start && e.Trigger.Start < unit.End)
            {
                return unit;
            }
        }

        return (e.Trigger.Start, e.Trigger.End);
    }

    /// <summary>A page of the listing, made by reading every current article's document in turn.</summary>
    public static EventPage FromDocuments(IArticleStore store, EventFilter filter, int skip, int take)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filter);
        var all = store.ListArticles().Where(a => filter.Article is null || a.Id == filter.Article)
            .SelectMany(a => Of(a, store.LoadDocument(a))).Where(filter.Matches)
            .OrderBy(e => ListedEvent.DateKey(e.Date), StringComparer.Ordinal).ToList();
        return new EventPage([.. all.Skip(skip).Take(take)], all.Count);
    }

    private static List<ListedActor> Actors(Document doc, IReadOnlyList<EventActor> actors) =>
        [.. actors.Select(x => new ListedActor(QuoteListing.InBody(doc.Text, x.Start, x.End) ? doc.Text[x.Start..x.End] : string.Empty, x.EntityId, x.Code))];
}
