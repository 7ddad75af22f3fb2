namespace Dossier.Events.Petrarch;

/// <summary>An expected event: CAMEO code, source and target actor codes (<c>---</c> for none).</summary>
public sealed record ExpectedEvent(string Code, string Source, string Target);
