namespace Dossier.Corpus.Timelines;

/// <summary>What timeline to build: its date range, how many dates, how many sentences per date, and topic keywords.</summary>
public sealed record TimelineRequest(DateOnly? Start, DateOnly? End, int Dates, int SentencesPerDate, IReadOnlyList<string> Keywords)
{
    /// <summary>How much an article published on a day counts towards that day, relative to one sentence naming it.</summary>
    public double PublicationWeight { get; init; } = 0.5;

    /// <summary>How much more a sentence that contains a topic keyword counts.</summary>
    public double KeywordBoost { get; init; } = 1.0;
}
