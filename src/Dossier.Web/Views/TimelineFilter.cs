using System.Globalization;
using Dossier.Corpus;
using Dossier.Corpus.EventMerging;
using Dossier.Corpus.Timelines;
using Dossier.Web.Http;

namespace Dossier.Web.Views;

/// <summary>
/// Which timeline a page or the API asks for: a story (or everything), actors that must all take part (names, entity
/// ids, country or actor codes, as <c>dossier timeline --about</c>), an event type (a CAMEO code prefix, "04" for
/// consultations) and the N most salient dates. The timeline itself is the corpus stage's <see cref="EventTimeline"/>.
/// </summary>
internal sealed record TimelineFilter(string? Story, IReadOnlyList<string> Actors, string? Type, int? Top)
{
    /// <summary>Reads story, actor (repeatable), type and top; returns a problem for a bad value or an unknown story.</summary>
    /// <param name="context">The request.</param>
    /// <param name="storyExists">Whether the snapshot holds a story of that id.</param>
    /// <param name="story">The story of the page (the query's <c>story</c> when null).</param>
    /// <param name="problem">What is wrong with the filter, when it is.</param>
    public static TimelineFilter? Parse(HttpContext context, Func<string, bool> storyExists, string? story, out IResult? problem)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(storyExists);
        problem = null;
        var query = context.Request.Query;
        string? type = Blank(query["type"]);
        string? topText = Blank(query["top"]);
        int? top = null;
        if (topText is not null)
        {
            if (!int.TryParse(topText, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n < 1)
            {
                problem = Problems.Result(context, 400, "DOS1140", "Bad timeline filter", $"top must be a whole number of dates from 1 (got top={topText}).");
                return null;
            }

            top = n;
        }

        if (type is not null && !TimelineQuery.IsTypeCode(type))
        {
            problem = Problems.Result(context, 400, "DOS1140", "Bad timeline filter", $"type must be a CAMEO code or its first digits, such as 04 or 040 (got type={type}).");
            return null;
        }

        story = Blank(story ?? (string?)query["story"]);
        if (story is not null && !storyExists(story))
        {
            problem = Problems.NoSuch(context, "DOS1135", "story", story, "/api/stories");
            return null;
        }

        var actors = query["actor"].Select(Blank).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return new TimelineFilter(story, actors, type, top);
    }

    /// <summary>The merged events the filter selects (story and actors), of the type asked for.</summary>
    public IReadOnlyList<MergedEvent> Events(CorpusSnapshot corpus) => [.. EventTimeline.Select(corpus, new TimelineQuery(Story, Actors, Type: Type))];

    /// <summary>The timeline of the stage over the selected events; with a type, salience is relative to that type's dates.</summary>
    public IReadOnlyList<TimelineEntry> Entries(CorpusSnapshot corpus) => EventTimeline.Build(corpus, Query(Top));

    /// <summary>
    /// As <see cref="Entries(CorpusSnapshot)"/> over the store's saved snapshot (<see cref="EventTimeline.Load"/>): from
    /// its timeline index when it holds the filter's timeline (the whole timeline, a story's, the whole timeline about
    /// an actor or of a type), otherwise its merged events streamed.
    /// </summary>
    public IReadOnlyList<TimelineEntry> Entries(Dossier.Storage.IArticleStore store) => EventTimeline.Load(store, Query(Top));

    /// <summary>As <see cref="Entries(Dossier.Storage.IArticleStore)"/>, keeping the <paramref name="top"/> most salient dates when the filter names no number, and saying how many dates there are.</summary>
    public IReadOnlyList<TimelineEntry> Entries(Dossier.Storage.IArticleStore store, int top, out int dates) =>
        EventTimeline.Load(store, Query(Top ?? top), null, out dates);

    /// <summary>
    /// One page of <see cref="Entries(Dossier.Storage.IArticleStore)"/> and how many entries there are in all: the whole
    /// timeline, with no filter or about one actor or of one type, is read from the index a page at a time
    /// (<see cref="EventTimeline.LoadPage"/>).
    /// </summary>
    public IReadOnlyList<TimelineEntry> Page(Dossier.Storage.IArticleStore store, int skip, int take, out int total) =>
        EventTimeline.LoadPage(store, Query(Top), null, skip, take, out total);

    /// <summary>The corpus stage's query: the story, the actors and the type (an event's CAMEO code starts so), and the N most salient dates.</summary>
    private TimelineQuery Query(int? top) => new(Story, Actors, top, Type);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
