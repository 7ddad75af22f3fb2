namespace Dossier.Corpus.Timelines;

/// <summary>One date of an event timeline (contract §3): the merged events on it, their articles and independent count, and its salience in (0, 1].</summary>
public sealed record TimelineEntry(string Date, DateOnly Earliest, DateOnly Latest, string Summary, IReadOnlyList<string> Events, IReadOnlyList<string> Sources, int IndependentSources, double Salience);
