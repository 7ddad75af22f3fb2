using Dossier.Entities.Kb;
using Dossier.Model;
using Dossier.Pipeline;

namespace Dossier.Entities;

/// <summary>The "entities" stage: resolves the article's entity mentions to ids and entity records.</summary>
public sealed class EntityResolutionStage : IStage
{
    private static readonly Layer[] RequiresLayers = [Layer.Tokens, Layer.Sentences, Layer.Entities];
    private static readonly Layer[] ProvidesLayers = [Layer.ResolvedEntities];
    private readonly EntityResolver resolver;

    public EntityResolutionStage(ActorKnowledgeBase kb, MetonymyVerbs verbs)
    {
        resolver = new EntityResolver(kb, verbs);
    }

    public string Name => "entities";

    public IReadOnlyCollection<Layer> Requires => RequiresLayers;

    public IReadOnlyCollection<Layer> Provides => ProvidesLayers;

    /// <summary>The stage over the shipped knowledge base.</summary>
    public static EntityResolutionStage LoadDefault() => new(ActorKnowledgeBase.Load(), MetonymyVerbs.Load());

    public void Process(Document document) => resolver.Resolve(document);
}
