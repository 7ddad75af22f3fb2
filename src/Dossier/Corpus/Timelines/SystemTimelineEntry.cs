namespace Dossier.Corpus.Timelines;

/// <summary>One date of a built timeline: its salience and the sentences chosen to summarise it.</summary>
public sealed record SystemTimelineEntry(DateOnly Date, double Salience, IReadOnlyList<DatedSentence> Sentences);
