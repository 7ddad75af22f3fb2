namespace Dossier.Entities.Kb;

/// <summary>An international organisation.</summary>
public sealed record KbOrganization(string Id, string Abbreviation, string Name, IReadOnlyList<string> Aliases, string Kind, string Code);
