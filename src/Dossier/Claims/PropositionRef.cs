using Dossier.Model;

namespace Dossier.Claims;

/// <summary>
/// What a stance is about: a predicate of a known class ("suspend", "supply") or, under an explicit stance, any
/// predicate (class <c>lemma:connection</c>); the words that express it; what it is about (an agreement of the
/// article, a theme such as weapons); who does it and to whom (participant keys); and whether it is negated.
/// </summary>
/// <param name="Class">The predicate class name, or <c>lemma:WORD</c> for a predicate the lexicon does not list.</param>
/// <param name="Span">The proposition's words in the article.</param>
public sealed record PropositionRef(string Class, TextSpan Span, bool Negated)
{
    /// <summary>The document index of the predicate word, or -1 when it answers another proposition.</summary>
    public int Head { get; init; } = -1;

    /// <summary>The index of the article's agreement (<see cref="Agreements.ArticleAgreements"/>) it is about, or null.</summary>
    public int? Agreement { get; init; }

    public string? Theme { get; init; }

    /// <summary>The theme words it uses ("missiles", "drones"), lower case.</summary>
    public IReadOnlyList<string> ThemeWords { get; init; } = [];

    /// <summary>Who does it: participant keys (ISO3 codes or entity ids).</summary>
    public IReadOnlyList<string> Agents { get; init; } = [];

    /// <summary>The other participants (recipients, targets).</summary>
    public IReadOnlyList<string> Others { get; init; } = [];

    /// <summary>Whether the class comes from the predicates list (rather than a bare lemma).</summary>
    public bool Listed => !Class.StartsWith("lemma:", StringComparison.Ordinal);
}
