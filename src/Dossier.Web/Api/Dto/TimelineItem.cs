using Dossier.Corpus.Timelines;

namespace Dossier.Web.Api.Dto;

/// <summary>
/// One date of a timeline: the contract §3 fields (date, summary, events, sources, independent_sources, salience)
/// plus the range the date stands for, its shape (exact, month, range) and the evidence page of its leading event.
/// </summary>
public sealed record TimelineItem(string Date, string Earliest, string Latest, string Shape, string Summary, IReadOnlyList<string> Events,
    IReadOnlyList<string> Sources, int IndependentSources, double Salience, string Evidence)
{
    internal static TimelineItem From(TimelineEntry e) =>
        new(e.Date, ArticleSummary.Iso(e.Earliest)!, ArticleSummary.Iso(e.Latest)!, Views.DateShape.Of(e.Earliest, e.Latest), e.Summary, e.Events,
            e.Sources, e.IndependentSources, e.Salience, Html.Url.Path("evidence", "events", e.Events[0]));
}
