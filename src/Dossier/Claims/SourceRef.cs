using Dossier.Model;

namespace Dossier.Claims;

/// <summary>
/// Who takes a stance: the words that name them ("Russia's RIA state news agency", "Kazem Jalali"), the entity they
/// resolve to when one does (a person, or the state behind "Iranian authorities"), and every entity the phrase names
/// ("Iranian and Russian officials" names two).
/// </summary>
public sealed record SourceRef(TextSpan Span, string Text, string? EntityId)
{
    public IReadOnlyList<string> Entities { get; init; } = [];
}
