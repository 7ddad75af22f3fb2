using Dossier.Model;

namespace Dossier.Corpus.EventMerging;

/// <summary>
/// One article's report of an event: the per-article mentions that share a trigger and a code (the coder emits one per
/// pair of actors), with their actors together, the sentence's date and where that date came from.
/// </summary>
internal sealed record EventReport(string Article, int Sentence, TextSpan Trigger, string Code, string Modality, TextSpan Evidence)
{
    public string Root => Code.Length >= 2 ? Code[..2] : Code;

    public IReadOnlyList<EventParticipant> Sources { get; init; } = [];

    public IReadOnlyList<EventParticipant> Targets { get; init; } = [];

    public string? Location { get; init; }

    public string? LocationCountry { get; init; }

    /// <summary>The event date as the article's expressions give it, or null.</summary>
    public DateConstraint? Date { get; init; }

    /// <summary>The start of the sentence's own date expression the date comes from, or -1 when it was carried from an earlier sentence or there is none.</summary>
    public int DateExpression { get; init; } = -1;

    /// <summary>
    /// The story the article belongs to (its own id when it is in none); empty for reports read before the stories
    /// were known, which the merger is given the stories for.
    /// </summary>
    public string Story { get; init; } = string.Empty;

    /// <summary>The day the article states it was published, or null.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Whether the article states its publication day.</summary>
    public bool ArticleDated => Published is not null;

    /// <summary>The people and organisations the sentence names, whether or not the coder made them actors.</summary>
    public IReadOnlySet<string> Mentioned { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public string SentenceText { get; init; } = string.Empty;

    /// <summary>The sentence's content words (lower case), for telling near reports of one event from reports of another.</summary>
    public IReadOnlySet<string> Words { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Asserted and reported events are facts; negated ones are not; future and hypothetical ones are plans.</summary>
    public string ModalityClass => Modality switch
    {
        "asserted" or "reported" => "fact",
        "negated" => "negated",
        _ => "irrealis",
    };

    public IEnumerable<EventParticipant> Participants => Sources.Concat(Targets);

    /// <summary>The ids of the people and organisations among the actors, each once.</summary>
    public IReadOnlyList<string> SpecificActors => specific ??= [.. Participants.Where(p => p.Specific).Select(p => p.Id).Distinct(StringComparer.Ordinal)];

    /// <summary>The actors' countries, each once.</summary>
    public IReadOnlyList<string> Countries => countries ??= [.. Participants.Select(p => p.Country).OfType<string>().Distinct(StringComparer.Ordinal)];

    private string[]? specific;
    private string[]? countries;
}
