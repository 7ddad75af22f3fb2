namespace Dossier.Corpus.Claims;

/// <summary>
/// One source's position on a claim, as one article reports it (contract §2 <c>claims[].stances[]</c>): who
/// (<see cref="By"/> the entity, when resolved; <see cref="ByText"/> the words that name them), the position, the
/// evidence sentence, the words of the proposition as that source put it, and when.
/// </summary>
public sealed record Stance(string? By, string ByText, string Position, ArticleEvidence Evidence)
{
    /// <summary>Every entity the source's words name ("Iranian and Russian officials" names two).</summary>
    public IReadOnlyList<string> ByEntities { get; init; } = [];

    /// <summary>The proposition in this source's words, with its offsets in the same article.</summary>
    public ArticleEvidence? Proposition { get; init; }

    /// <summary>The lemma of the word that carries the stance ("reported", "deny", "case", "charge").</summary>
    public string Cue { get; init; } = string.Empty;

    /// <summary>When the stance was taken, when the sentence says; null otherwise.</summary>
    public string? Date { get; init; }

    /// <summary>The day the reporting article appeared, when known (not the same thing as <see cref="Date"/>).</summary>
    public string? Reported { get; init; }

    /// <summary>Whether the position was read from a contrary proposition ("work continues" against "work was suspended").</summary>
    public bool Contrary { get; init; }
}
