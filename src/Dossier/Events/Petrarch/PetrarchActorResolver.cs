using Dossier.Model;

namespace Dossier.Events.Petrarch;

/// <summary>
/// Codes a noun phrase with PETRARCH actor and agent dictionaries: the first actor phrase found gives the primary
/// code (at the event's date), agent phrases add their role (<c>CAL</c> + <c>~GOV</c> = <c>CALGOV</c>). A phrase with
/// only an agent ("a senior official") has no primary actor and yields none.
/// </summary>
public sealed class PetrarchActorResolver : IActorResolver
{
    private readonly PhraseIndex<ActorEntry> actors;
    private readonly PhraseIndex<AgentEntry> agents;

    public PetrarchActorResolver(PhraseIndex<ActorEntry> actors, PhraseIndex<AgentEntry> agents)
    {
        this.actors = actors;
        this.agents = agents;
    }

    public EventActor? Resolve(SentenceGraph graph, int head, DateOnly? date, PhraseSwap? swap = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return Resolve(graph, NounPhrase.Tokens(graph, head, swap), date, out bool agentOnly) is { } actor ? actor
            : agentOnly ? Resolve(graph, NounPhrase.Tokens(graph, head, swap, located: true), date, out _) : null;
    }

    private EventActor? Resolve(SentenceGraph graph, List<int> tokens, DateOnly? date, out bool agentOnly)
    {
        var words = new List<string>(tokens.Count);
        foreach (int t in tokens)
        {
            words.Add(graph.Forms[t]);
        }

        string? code = null;
        bool found = false;
        var agentCodes = new List<AgentEntry>();
        for (int i = 0; i < words.Count;)
        {
            if (actors.Match(words, i) is { } actor)
            {
                if (!found)
                {
                    found = true;
                    code = actor.Value.CodeAt(date);
                }

                i += actor.Length;
                continue;
            }

            if (agents.Match(words, i) is { } a)
            {
                agentCodes.Add(a.Value);
                i += a.Length;
                continue;
            }

            i++;
        }

        agentOnly = !found && agentCodes.Count > 0;
        if (!found)
        {
            return null;
        }

        if (code is not null && !string.Equals(code, "---", StringComparison.Ordinal))
        {
            foreach (var agent in agentCodes)
            {
                if (!code.Contains(agent.Code, StringComparison.Ordinal))
                {
                    code = agent.Prefix ? agent.Code + code : code + agent.Code;
                }
            }
        }

        var span = graph.Span(tokens[0], tokens[^1]);
        return new EventActor(span.Start, span.End, null, code);
    }
}
