namespace Dossier.Corpus.Timelines;

/// <summary>A sentence of one article, with the calendar days it refers to (day-level DATE expressions).</summary>
public sealed record DatedSentence(int Article, int Sentence, string Text, IReadOnlyList<DateOnly> Days, DateOnly? Published);
