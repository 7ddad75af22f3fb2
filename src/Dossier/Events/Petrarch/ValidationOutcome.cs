using Dossier.Model;

namespace Dossier.Events.Petrarch;

/// <summary>One record's result: what was coded, what was expected, and the record's score.</summary>
public sealed record ValidationOutcome(ValidationRecord Record, IReadOnlyList<EventMention> Coded, ValidationScore Score, string? Discarded);
