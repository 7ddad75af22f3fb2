using Dossier.Model;

namespace Dossier.Ingest.Feeds;

/// <summary>What a feed yielded: its title, the usable items, and a diagnostic for every item or part that was not.</summary>
public sealed record FeedReadResult(string? Title, IReadOnlyList<FeedItem> Items, IReadOnlyList<Diagnostic> Problems);
