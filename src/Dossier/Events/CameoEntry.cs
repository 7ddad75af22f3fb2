namespace Dossier.Events;

/// <summary>
/// What Dossier knows about a CAMEO code: its name, its PLOVER event type with mode and context, its Goldstein
/// conflict-cooperation weight and its quad class (1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
/// 4 material conflict).
/// </summary>
public sealed record CameoEntry(string Code, string Label, string? Plover, string? Mode, string? Context, double? Goldstein, int QuadClass);
