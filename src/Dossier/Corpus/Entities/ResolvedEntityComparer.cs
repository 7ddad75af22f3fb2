using Dossier.Model;

namespace Dossier.Corpus.Entities;

/// <summary>
/// Compares per-article entities by value, aliases and roles included (a record compares its lists by reference):
/// the same knowledge-base entity, named and described alike, recurs in thousands of articles, and
/// <see cref="EntityNodeTable"/> keeps one instance of it.
/// </summary>
internal sealed class ResolvedEntityComparer : IEqualityComparer<ResolvedEntity>
{
    public static ResolvedEntityComparer Instance { get; } = new();

    public bool Equals(ResolvedEntity? x, ResolvedEntity? y) =>
        ReferenceEquals(x, y)
        || (x is not null && y is not null
            && string.Equals(x.Id, y.Id, StringComparison.Ordinal)
            && string.Equals(x.Name, y.Name, StringComparison.Ordinal)
            && string.Equals(x.Type, y.Type, StringComparison.Ordinal)
            && string.Equals(x.Country, y.Country, StringComparison.Ordinal)
            && string.Equals(x.Code, y.Code, StringComparison.Ordinal)
            && x.InKnowledgeBase == y.InKnowledgeBase
            && x.Aliases.SequenceEqual(y.Aliases, StringComparer.Ordinal)
            && x.Roles.SequenceEqual(y.Roles));

    public int GetHashCode(ResolvedEntity obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var hash = new HashCode();
        hash.Add(obj.Id, StringComparer.Ordinal);
        hash.Add(obj.Name, StringComparer.Ordinal);
        hash.Add(obj.Aliases.Count);
        hash.Add(obj.Roles.Count);
        return hash.ToHashCode();
    }
}
