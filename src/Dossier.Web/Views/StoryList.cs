using Dossier.Corpus;
using Dossier.Web.Api.Dto;
using Dossier.Web.Storage;

namespace Dossier.Web.Views;

/// <summary>
/// The stories as the start page and <c>/api/stories</c> list them, most articles first (<see cref="StoryListing.Ordered"/>):
/// read from the snapshot's story listing a page at a time; a snapshot saved without the listing is listed from its
/// stories, its merged events (streamed) and every stored article, as before the listing was kept.
/// </summary>
internal static class StoryList
{
    /// <summary>The <paramref name="take"/> stories after the first <paramref name="skip"/>, and how many there are.</summary>
    public static IReadOnlyList<StoryItem> Page(DocumentCache store, int skip, int take, out int total)
    {
        if (StoryListing.Page(store.Store, skip, take, out var listing) is { } listed)
        {
            total = listing!.Stories;
            return [.. listed.Select(StoryItem.From)];
        }

        var all = Computed(store);
        total = all.Count;
        return [.. all.Skip(skip).Take(take)];
    }

    /// <summary>Every story, for filters over all of them.</summary>
    public static IReadOnlyList<StoryItem> All(DocumentCache store) =>
        StoryListing.All(store.Store, out _) is { } listed ? [.. listed.Select(StoryItem.From)] : Computed(store);

    /// <summary>One story, or null when there is none of that id.</summary>
    public static StoryItem? Find(DocumentCache store, string id)
    {
        if (StoryListing.Find(store.Store, id) is { } listed)
        {
            return StoryItem.From(listed);
        }

        return StoryListing.Read(store.Store) is not null ? null : Computed(store).FirstOrDefault(s => s.Id == id);
    }

    private static List<StoryItem> Computed(DocumentCache store)
    {
        var events = StoryEventCounts.Load(store.Store, out var corpus);
        var articles = store.ArticlesById();
        return [.. StoryListing.Ordered(corpus.Stories).Select(s => StoryItem.From(s, corpus, articles, events))];
    }
}
