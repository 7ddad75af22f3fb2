namespace Dossier.Entities.Kb;

/// <summary>A person the knowledge base knows, with their roles over time.</summary>
public sealed record KbPerson(string Id, string Name, IReadOnlyList<string> Aliases, string Country, IReadOnlyList<KbRole> Roles);
