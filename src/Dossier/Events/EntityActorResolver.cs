using Dossier.Model;
using Dossier.Resources;

namespace Dossier.Events;

/// <summary>
/// Dossier's own actor resolver: the entity mention (from the NER and knowledge base stages) that overlaps the
/// phrase, preferring one on its head, gives the actor; its code comes from <see cref="CodeOf"/> (by default a
/// country entity <c>ent:IRN</c> gives <c>IRN</c>) with a role code appended when the phrase names one
/// ("the Iranian government" → <c>IRNGOV</c>, from <c>resources/en/events/agents.tsv</c>).
/// </summary>
public sealed class EntityActorResolver : IActorResolver
{
    private readonly IReadOnlyDictionary<string, string> roles;

    /// <param name="roles">Role words (upper case) to agent codes; see <see cref="LoadRoles"/>.</param>
    /// <param name="codeOf">Entity id to actor code; the knowledge base plugs in here.</param>
    public EntityActorResolver(IReadOnlyDictionary<string, string> roles, Func<string, string?>? codeOf = null)
    {
        this.roles = roles ?? throw new ArgumentNullException(nameof(roles));
        CodeOf = codeOf ?? CountryCode;
    }

    public Func<string, string?> CodeOf { get; }

    /// <summary>Reads <c>agents.tsv</c>: role word and agent code per line.</summary>
    public static IReadOnlyDictionary<string, string> LoadRoles(string? path = null)
    {
        var file = ResourceFile.Load(path ?? ResourceLocator.Resource("en", "events", "agents.tsv"));
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in file.Lines)
        {
            string[] f = line.Text.Split('\t');
            if (f.Length != 2)
            {
                throw new InvalidDataException($"DOS0623: {file.Where(line)} should be ROLE<TAB>CODE.");
            }

            map[f[0]] = f[1];
        }

        return map;
    }

    /// <summary>The default entity-to-code mapping: <c>ent:XXX</c> with a three-letter upper-case code is that country.</summary>
    public static string? CountryCode(string entityId)
    {
        ArgumentNullException.ThrowIfNull(entityId);
        string tail = entityId.StartsWith("ent:", StringComparison.Ordinal) ? entityId[4..] : entityId;
        return tail.Length == 3 && tail.All(char.IsAsciiLetterUpper) ? tail : null;
    }

    public EventActor? Resolve(SentenceGraph graph, int head, DateOnly? date, PhraseSwap? swap = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var tokens = NounPhrase.Tokens(graph, head, swap);
        var actor = Find(graph, head, tokens, swap);
        if (actor is null && tokens.Any(t => roles.ContainsKey(graph.Lemmas[t])))
        {
            // "officials in Tehran": a role with a located phrase.
            tokens = NounPhrase.Tokens(graph, head, swap, located: true);
            actor = Find(graph, head, tokens, swap);
        }

        return actor;
    }

    private EventActor? Find(SentenceGraph graph, int head, List<int> tokens, PhraseSwap? swap)
    {
        int headToken = swap is { HeadOnly: true } s && s.From == head ? s.To : head;
        var headSpan = graph.Span(headToken, headToken);
        var phrase = graph.Span(tokens[0], tokens[^1]);
        EntityMention? best = null;

        // Only the sentence's mentions can overlap the phrase, and a plain loop: this runs for every candidate phrase,
        // so it must not allocate (a lambda capturing the mention would allocate a closure per mention).
        var entities = graph.Entities;
        for (int i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            var span = e.Span;
            if (!span.Overlaps(phrase) || !AnyTokenOverlaps(graph, tokens, span))
            {
                continue;
            }

            if (best is null || (span.Overlaps(headSpan) && !best.Span.Overlaps(headSpan)))
            {
                best = e;
            }
        }

        if (best is null)
        {
            return null;
        }

        // The entities stage knows each resolved entity's actor code (Peskov → RUSGOV); the id mapping is the fallback.
        string? code = best.EntityId is null ? null
            : ResolvedCode(graph.Document, best.EntityId) ?? CodeOf(best.EntityId);
        if (code is { Length: 3 })
        {
            foreach (int t in tokens)
            {
                if (!graph.Span(t, t).Overlaps(best.Span) && roles.TryGetValue(graph.Lemmas[t], out string? role))
                {
                    code += role;
                    break;
                }
            }
        }

        return new EventActor(phrase.Start, phrase.End, best.EntityId, code);
    }

    /// <summary>The code of the first resolved entity with this id (a loop, not a lambda: see <see cref="Find"/>).</summary>
    private static string? ResolvedCode(Document document, string entityId)
    {
        foreach (var r in document.ResolvedEntities)
        {
            if (string.Equals(r.Id, entityId, StringComparison.Ordinal))
            {
                return r.Code;
            }
        }

        return null;
    }

    private static bool AnyTokenOverlaps(SentenceGraph graph, List<int> tokens, TextSpan span)
    {
        foreach (int t in tokens)
        {
            if (graph.Span(t, t).Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }
}
