using Dossier.Model;

namespace Dossier.Agreements;

/// <summary>A state an article puts an agreement in, with its date (when the sentence gives one) and evidence.</summary>
/// <param name="Date">The date of the state at the granularity known, or null.</param>
/// <param name="Evidence">The sentence that says so.</param>
/// <param name="Cue">The word that carries the state ("signing", "stages").</param>
public sealed record MentionState(string State, string? Date, TextSpan Evidence, string Cue);
