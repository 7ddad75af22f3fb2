using Dossier.Corpus;
using Dossier.Corpus.Entities;
using Dossier.Storage;

namespace Dossier.Cli.Commands;

/// <summary>What the entity commands share: loading the corpus entities and naming one of them.</summary>
internal static class EntityStore
{
    /// <summary>
    /// The corpus entities. A store written before cross-article entities existed has articles but no entities in its
    /// snapshot: the corpus stages are run once to fill it.
    /// </summary>
    public static CorpusSnapshot Load(IArticleStore store)
    {
        var corpus = store.LoadCorpus(CorpusParts.Entities);
        if (corpus.Entities.Count > 0 || store.ListArticles().Count == 0)
        {
            return corpus;
        }

        CorpusService.Rebuild(store);
        return store.LoadCorpus(CorpusParts.Entities);
    }

    /// <summary>The one entity <paramref name="key"/> names, or null after printing why not (unknown or ambiguous).</summary>
    public static CorpusEntity? Resolve(IReadOnlyList<CorpusEntity> entities, string key)
    {
        var found = EntityLookup.Find(entities, key);
        if (found.Count == 1)
        {
            return found[0];
        }

        Consoles.Error(found.Count == 0
            ? $"entity '{key}': no such entity; list them with 'dossier entities'"
            : $"entity '{key}' is ambiguous: {string.Join(", ", found.Select(e => $"{e.Id} ({e.Name})"))}; name one by id");
        return null;
    }
}
