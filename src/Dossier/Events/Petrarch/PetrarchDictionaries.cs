using Dossier.Events.Lexicon;

namespace Dossier.Events.Petrarch;

/// <summary>
/// A set of PETRARCH dictionaries read together: the verb lexicon, actors, agents, the discard list and the
/// internal coding ontology. Users who have their own PETRARCH dictionaries load them here.
/// </summary>
public sealed class PetrarchDictionaries
{
    private PetrarchDictionaries(EventLexicon lexicon, PetrarchVerbStats verbStats, PhraseIndex<ActorEntry> actors, PhraseIndex<AgentEntry> agents, PetrarchDiscards? discards, PetrarchOntology? ontology)
    {
        Lexicon = lexicon;
        VerbStats = verbStats;
        Actors = actors;
        Agents = agents;
        Discards = discards;
        Ontology = ontology;
    }

    public EventLexicon Lexicon { get; }

    public PetrarchVerbStats VerbStats { get; }

    public PhraseIndex<ActorEntry> Actors { get; }

    public PhraseIndex<AgentEntry> Agents { get; }

    public PetrarchDiscards? Discards { get; }

    public PetrarchOntology? Ontology { get; }

    /// <summary>An actor resolver over these actor and agent dictionaries.</summary>
    public IActorResolver Resolver => new PetrarchActorResolver(Actors, Agents);

    /// <summary>Loads the named files from <paramref name="directory"/>; actor and agent entries may list several files separated by commas.</summary>
    public static PetrarchDictionaries Load(string directory, string verbs, string actors, string agents, string? discards, string? ontology)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(agents);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"DOS0607: dictionary folder {directory} does not exist; pass the folder holding the PETRARCH dictionaries with --dictionaries.");
        }

        var builder = new EventLexiconBuilder();
        var stats = PetrarchVerbReader.Read(Path.Combine(directory, verbs), builder);
        var actorIndex = new PhraseIndex<ActorEntry>();
        foreach (string file in actors.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            PetrarchActorReader.Read(Path.Combine(directory, file), actorIndex);
        }

        var agentIndex = new PhraseIndex<AgentEntry>(stems: false);
        foreach (string file in agents.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            PetrarchAgentReader.Read(Path.Combine(directory, file), agentIndex);
        }

        var discardList = discards is null ? null : PetrarchDiscards.Read(Path.Combine(directory, discards));
        var pico = ontology is null ? null : PetrarchOntology.Read(Path.Combine(directory, ontology));
        return new PetrarchDictionaries(builder.Build(), stats, actorIndex, agentIndex, discardList, pico);
    }
}
