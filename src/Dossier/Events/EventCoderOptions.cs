namespace Dossier.Events;

/// <summary>How the coder behaves; the defaults suit Dossier's pipeline, <see cref="Petrarch"/> the validation suite.</summary>
public sealed record EventCoderOptions
{
    public static readonly EventCoderOptions Default = new() { DropDeniedContent = true };

    /// <summary>PETRARCH's <c>require_dyad</c>: drop events without a coded source and a coded target.</summary>
    public static readonly EventCoderOptions Petrarch = new() { RequireDyad = true, NounTriggers = false, MergeSenses = false };

    /// <summary>Only events with both a coded source and a coded target are kept.</summary>
    public bool RequireDyad { get; init; }

    /// <summary>
    /// A verb listed in several blocks uses all their patterns (Dossier's lexicon); PETRARCH uses its first block only.
    /// </summary>
    public bool MergeSenses { get; init; } = true;

    /// <summary>Code event nouns ("talks", "sanctions") as well as verbs.</summary>
    public bool NounTriggers { get; init; } = true;

    /// <summary>Code → label (<c>040</c> → <c>consult</c>); the code itself when null.</summary>
    public Func<string, string>? Label { get; init; }

    /// <summary>
    /// Recodes a negated event as its opposite (PETRARCH's ontology: "did not clash" 110 becomes 050) and records it
    /// as asserted; null keeps the code and marks the modality negated, as Dossier does.
    /// </summary>
    public Func<string, string?>? Negate { get; init; }

    /// <summary>
    /// Drop a negated event that is the content of a denial ("Tehran has denied giving Moscow drones" is a denial, not
    /// a supply event); the denial event itself is kept. Other negated events ("did not sign") stay, marked negated.
    /// </summary>
    public bool DropDeniedContent { get; init; }

    /// <summary>Event types CAMEO has no code for (deaths, changes of office), tried on verbs before the CAMEO lexicon.</summary>
    public IReadOnlyList<TransitionRule> Transitions { get; init; } = [];

    /// <summary>Drop events whose modality is negated (PETRARCH does not code "did not sign").</summary>
    public bool DropNegated { get; init; }
}
