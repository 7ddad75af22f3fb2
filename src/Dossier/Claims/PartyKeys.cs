using Dossier.Events;

namespace Dossier.Claims;

/// <summary>
/// The parties or participants a noun phrase names, as keys: the country for a state, its capital, government,
/// officials or adjective ("Moscow", "Iranian authorities" → RUS, IRN); the entity id for an organisation.
/// </summary>
public static class PartyKeys
{
    /// <summary>The key of an entity id, or null for people the knowledge base does not place and for other entities.</summary>
    public static string? Key(string? entityId) =>
        EntityCountries.Of(entityId) ?? (entityId is not null && entityId.StartsWith("ent:org:", StringComparison.Ordinal) ? entityId : null);

    /// <summary>
    /// The keys named by the phrase headed by local token <paramref name="head"/>: its own entity, those of its name
    /// parts and adjectives, and of its conjuncts ("Moscow and Tehran", "Russia, Iran, and India").
    /// </summary>
    public static List<string> Of(ParsedArticle article, SentenceGraph g, int head)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(g);
        var keys = new List<string>();
        Collect(article, g, head, keys, 0);
        return keys;
    }

    private static void Collect(ParsedArticle article, SentenceGraph g, int node, List<string> keys, int depth)
    {
        if (depth > 4)
        {
            return;
        }

        if (Key(article.EntityAt(g.First + node)?.EntityId) is { } key && !keys.Contains(key))
        {
            keys.Add(key);
        }

        foreach (int c in g.Children(node))
        {
            if (g.Is(c, "conj") || g.Is(c, "flat") || g.Is(c, "compound") || g.Is(c, "amod") || g.Is(c, "appos"))
            {
                Collect(article, g, c, keys, depth + 1);
            }
        }
    }
}
