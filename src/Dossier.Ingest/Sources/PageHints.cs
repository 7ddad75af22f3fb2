namespace Dossier.Ingest.Sources;

/// <summary>What a feed item says about its page (title, day), used only where the page itself says nothing.</summary>
public sealed record PageHints(string? Title, DateOnly? Published);
