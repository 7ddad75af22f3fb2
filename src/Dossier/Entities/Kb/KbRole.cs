namespace Dossier.Entities.Kb;

/// <summary>A dated role of a person in the knowledge base; dates are ISO strings at the known granularity.</summary>
public sealed record KbRole(string Title, string Of, string Sector, string? From, string? To, string Source);
