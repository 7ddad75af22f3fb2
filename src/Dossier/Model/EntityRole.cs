namespace Dossier.Model;

/// <summary>
/// A role held by an entity: title, the country it is held for, its sector, and when. Roles read from the text carry
/// their evidence span and the date they were held at (the article's date) when known; roles from the knowledge base
/// carry their dates and no evidence.
/// </summary>
public sealed record EntityRole(string Title, string? Of, string? Sector, string? From, string? To, string Source)
{
    public TextSpan? Evidence { get; init; }
}
