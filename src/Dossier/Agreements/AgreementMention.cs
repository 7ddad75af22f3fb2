using Dossier.Model;

namespace Dossier.Agreements;

/// <summary>
/// A phrase in one article that names an agreement: "a comprehensive bilateral cooperation agreement", "the
/// “strategic partnership” agreement", "the Treaty of the Foundation of Mutual Relations … Act", "the deal".
/// </summary>
/// <param name="Head">The document index of the head noun.</param>
/// <param name="Span">The name's text span (without determiner and possessor).</param>
/// <param name="Name">The name as written, quotation marks removed ("comprehensive bilateral cooperation agreement").</param>
public sealed record AgreementMention(int Sentence, int Head, TextSpan Span, string Name)
{
    /// <summary>A capitalised name ("Treaty of the Foundation of … Act"), or null.</summary>
    public string? ProperName { get; init; }

    /// <summary>The modifiers that tell this agreement from others, lower case (generic ones and the term left out).</summary>
    public IReadOnlyList<string> Descriptors { get; init; } = [];

    /// <summary>Whether the name stands in quotation marks, as an official name often does.</summary>
    public bool Quoted { get; init; }

    public bool Definite { get; init; }

    public bool Indefinite { get; init; }

    /// <summary>The parties the phrase itself names ("between Moscow and Tehran", "with Iran"), as party keys.</summary>
    public IReadOnlyList<string> ExplicitParties { get; init; } = [];

    /// <summary>Whether <see cref="ExplicitParties"/> is the full list ("between A and B"), not one side ("with A").</summary>
    public bool PartiesComplete { get; init; }

    /// <summary>The parties that act on it in its clause ("Moscow and Tehran are negotiating …").</summary>
    public IReadOnlyList<string> ActorParties { get; init; } = [];

    public int? TermYears { get; init; }

    /// <summary>Whether the phrase has nothing that identifies the agreement: no descriptor and no proper name.</summary>
    public bool IsGeneric => ProperName is null && Descriptors.Count == 0;
}
