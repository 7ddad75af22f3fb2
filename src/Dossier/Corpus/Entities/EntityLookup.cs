using Dossier.Entities.Kb;

namespace Dossier.Corpus.Entities;

/// <summary>
/// Finds the corpus entity an analyst names: by id (its own or a folded-in article entity's), then by name or alias
/// (normalised: case, diacritics and transliteration variants ignored), then by surname.
/// </summary>
public static class EntityLookup
{
    /// <summary>The entities the key may name: one when it is unambiguous, several when it is not, none when unknown.</summary>
    public static IReadOnlyList<CorpusEntity> Find(IReadOnlyList<CorpusEntity> entities, string key)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(key);
        if (EntityDecisionApplier.Find(entities, key.Trim()) is { } byId)
        {
            return [byId];
        }

        string normal = NameNormalizer.Normalize(key);
        if (normal.Length == 0)
        {
            return [];
        }

        var byName = entities.Where(e => NameNormalizer.Normalize(e.Name) == normal).ToList();
        if (byName.Count > 0)
        {
            return byName;
        }

        var byAlias = entities.Where(e => e.Aliases.Any(a => NameNormalizer.Normalize(a) == normal)).ToList();
        if (byAlias.Count > 0)
        {
            return byAlias;
        }

        return entities.Where(e => e.Type == "PERSON" && NameNormalizer.Tokens(e.Name) is { Length: > 1 } t && t[^1] == normal).ToList();
    }
}
