namespace Dossier.Corpus.Agreements;

/// <summary>
/// An agreement tracked across articles (contract §2 <c>agreements[]</c>): its name and the other names it goes by,
/// its parties, its current status and signing date, its term, the dated history of its states, and the
/// provisions reported.
/// </summary>
public sealed record Agreement(string Id, string Name, IReadOnlyList<string> Parties, string? Status, string? Signed, int? TermYears, IReadOnlyList<AgreementHistoryEntry> History)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The parties' names, in the order of <see cref="Parties"/>.</summary>
    public IReadOnlyList<string> PartyNames { get; init; } = [];

    public IReadOnlyList<AgreementProvision> Provisions { get; init; } = [];

    /// <summary>The articles that mention it.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
}
