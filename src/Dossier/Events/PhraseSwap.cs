namespace Dossier.Events;

/// <summary>Read a phrase with token <see cref="From"/> replaced by <see cref="To"/>: with its whole phrase, or as the head word only.</summary>
public readonly record struct PhraseSwap(int From, int To, bool HeadOnly = false);
