using Dossier.Model;

namespace Dossier.Claims;

/// <summary>A stretch of quoted words, who said them and the position the reporting verb gives them.</summary>
public sealed record QuoteRegion(TextSpan Span, IReadOnlyList<SourceRef> Sources, string Position, string Cue)
{
    /// <summary>The start of the sentence that names the speaker, where evidence for a continued quotation begins.</summary>
    public int AttributionStart { get; init; }
}
