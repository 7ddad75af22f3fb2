using Dossier.Corpus;

namespace Dossier.Web.Api.Dto;

/// <summary>A story the corpus stage found: its articles, date span, outlets, counts, and where its timeline is.</summary>
public sealed record StoryItem(string Id, string Title, string? First, string? Last, IReadOnlyList<string> Articles, int ArticleCount,
    int IndependentSources, IReadOnlyList<string> Outlets, int Events, string Timeline, string Page)
{
    /// <param name="s">The story.</param>
    /// <param name="corpus">The snapshot it is part of (for its reporting units).</param>
    /// <param name="articles">The current articles by id (for their outlets).</param>
    /// <param name="events">Merged events by story (<see cref="StoryEventCounts"/>).</param>
    internal static StoryItem From(Story s, CorpusSnapshot corpus, IReadOnlyDictionary<string, Dossier.Storage.ArticleRecord> articles, IReadOnlyDictionary<string, int> events) =>
        new(s.Id, s.Title, ArticleSummary.Iso(s.First), ArticleSummary.Iso(s.Last), s.Articles, s.Articles.Count, corpus.IndependentSources(s.Articles),
            [.. s.Articles.Select(a => articles.TryGetValue(a, out var r) ? r.Metadata.Outlet ?? r.Metadata.Wire : null).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            events.GetValueOrDefault(s.Id),
            Html.Url.WithQuery("/api/timeline", ("story", s.Id)), Html.Url.Path("stories", s.Id));

    /// <param name="s">The story as the snapshot's listing keeps it (<see cref="StoryListing"/>).</param>
    internal static StoryItem From(ListedStory s) =>
        new(s.Id, s.Title, ArticleSummary.Iso(s.First), ArticleSummary.Iso(s.Last), s.Articles, s.Articles.Count, s.IndependentSources, s.Outlets, s.Events,
            Html.Url.WithQuery("/api/timeline", ("story", s.Id)), Html.Url.Path("stories", s.Id));
}
