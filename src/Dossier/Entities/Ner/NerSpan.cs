namespace Dossier.Entities.Ner;

/// <summary>An entity span over tokens <c>[Start, End)</c> of one sentence, with a type index into <see cref="NerLabels.Types"/>.</summary>
public readonly record struct NerSpan(int Start, int End, int Type);
