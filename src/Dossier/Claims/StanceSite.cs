using Dossier.Events;

namespace Dossier.Claims;

/// <summary>Where a stance is taken: the sentence, the cue word, the sources, the position and the date.</summary>
internal sealed record StanceSite(SentenceGraph Graph, int Word, IReadOnlyList<SourceRef> Sources, string Position, string Cue, bool Explicit, string? Date)
{
    /// <summary>Where the evidence starts when it is not the cue's sentence (a quotation's attribution), or -1.</summary>
    public int EvidenceStart { get; init; } = -1;
}
