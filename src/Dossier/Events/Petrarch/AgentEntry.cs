namespace Dossier.Events.Petrarch;

/// <summary>
/// An agent (<c>GOVERNMENT [~GOV]</c>, <c>HUMAN_RIGHTS_BODY [NGO~]</c>): a role code added after the actor's code,
/// or before it when <see cref="Prefix"/> is set.
/// </summary>
public sealed record AgentEntry(string Phrase, string Code, bool Prefix);
