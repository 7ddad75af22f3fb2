namespace Dossier.Model;

/// <summary>A named-entity mention. <see cref="EntityId"/> is the resolved entity (e.g. <c>ent:IRN</c>) when known.</summary>
public sealed record EntityMention(int Start, int End, string Type, string? EntityId = null)
{
    public TextSpan Span => new(Start, End);
}

/// <summary>
/// A temporal expression (TimeML TIMEX3). <see cref="Value"/> is the normalized value (<c>2024-07-04</c>,
/// <c>XXXX-06</c>, <c>P20Y</c>, <c>PRESENT_REF</c>), or null when the expression could not be normalized.
/// </summary>
public sealed record TimexMention(int Start, int End, string Type, string? Value)
{
    public TextSpan Span => new(Start, End);

    /// <summary>What the value was resolved against: <c>dct</c>, <c>narrative</c>, <c>range</c>, <c>absolute</c>, <c>corpus</c> (fixed by what other articles or the knowledge base establish) or <c>none</c>.</summary>
    public string Anchor { get; init; } = "none";

    /// <summary>The index of the sentence the expression is in.</summary>
    public int Sentence { get; init; } = -1;

    /// <summary>
    /// For a DURATION counted from a narrative anchor ("six years" in "six years after Tehran joined", "two days" in
    /// "two days later"), the calendar point it reaches from that anchor (<c>2017</c>, <c>2024-07-03</c>); null for
    /// every other expression. <see cref="Value"/> stays the TimeML span (<c>P6Y</c>).
    /// </summary>
    public string? Point { get; init; }

    /// <summary>
    /// The calendar value the expression names or reaches: <see cref="Value"/> for a DATE or TIME, <see cref="Point"/>
    /// for a DURATION that has one, else null. Dating takes this, so "two days later" dates what follows it.
    /// </summary>
    public string? CalendarValue => Type is "DATE" or "TIME" ? Value : Type == "DURATION" ? Point : null;

    /// <summary>
    /// The value an event or a sentence can be dated by: the <see cref="CalendarValue"/> of a DATE or of a counted
    /// span, when it is a calendar value at all (not a span like <c>P6Y</c> nor a vague <c>PAST_REF</c>); null for
    /// a TIME and for everything else.
    /// </summary>
    public string? DatingValue =>
        Type != "TIME" && CalendarValue is { } v && !v.StartsWith('P') && !v.Contains("REF", StringComparison.Ordinal) ? v : null;
}

/// <summary>A reference to a span of text that names something (a speaker, an actor).</summary>
public sealed record MentionRef(int Start, int End, string? EntityId = null)
{
    public TextSpan Span => new(Start, End);
}

/// <summary>A quote or reported statement and who said it.</summary>
/// <param name="Kind"><c>direct</c>, <c>partial</c> or <c>indirect</c>.</param>
public sealed record QuoteMention(int Start, int End, string Kind, MentionRef? Speaker, string? Verb)
{
    public TextSpan Span => new(Start, End);

    /// <summary>The class of the reporting verb (say, claim, deny, accuse, urge, warn, confirm).</summary>
    public string? VerbClass { get; init; }

    /// <summary>A conduit that relayed the statement ("quoted by TASS"), kept apart from the speaker.</summary>
    public MentionRef? Conduit { get; init; }

    /// <summary>The reporting cue: the verb ("said"), or "according to".</summary>
    public MentionRef? Cue { get; init; }

    /// <summary>The words of the cue's sentence that name the speaker when <see cref="Speaker"/> is an earlier mention they were resolved to ("he", "the Kremlin spokesman").</summary>
    public MentionRef? SpeakerWords { get; init; }

    /// <summary>The date of the quote's sentence (its own date expression, else the narrative time) as a TimeML value, or null.</summary>
    public string? Date { get; init; }
}

/// <summary>An actor of an event: the text that names it, its entity and its CAMEO-style actor code.</summary>
public sealed record EventActor(int Start, int End, string? EntityId, string? Code)
{
    public TextSpan Span => new(Start, End);
}

/// <summary>An event coded in CAMEO, with its arguments, date and modality, traced to its trigger.</summary>
/// <param name="Modality"><c>asserted</c>, <c>negated</c>, <c>future</c>, <c>hypothetical</c> or <c>reported</c>.</param>
public sealed record EventMention(string Code, string Label, TextSpan Trigger, string Modality)
{
    public IReadOnlyList<EventActor> Sources { get; init; } = [];

    public IReadOnlyList<EventActor> Targets { get; init; } = [];

    public MentionRef? Location { get; init; }

    /// <summary>The event date as a TimeML value at the granularity known, or null.</summary>
    public string? Date { get; init; }

    public int Sentence { get; init; } = -1;
}
