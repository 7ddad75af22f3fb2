namespace Dossier.Ingest.Feeds;

/// <summary>One entry of an RSS 2.0 or Atom feed: the article's link (absolute), title, publication day and id.</summary>
public sealed record FeedItem(Uri Link, string? Title, DateOnly? Published, string? Guid);
