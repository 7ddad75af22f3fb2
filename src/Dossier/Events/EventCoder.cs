using Dossier.Events.Lexicon;
using Dossier.Model;

namespace Dossier.Events;

/// <summary>
/// Codes the events of one sentence from its dependency parse: each verb (and event noun) found in the lexicon is a
/// trigger; its most specific matching pattern gives the CAMEO code (else the verb's own code); the source comes from
/// the subject (or the <c>by</c>-agent of a passive, or the governing clause's subject or object for infinitives
/// and gerunds), the target from the object or a prepositional phrase, each conjunct a separate actor; the
/// modality from <see cref="ModalityAnalyzer"/>. Pure: the same sentence always gives the same events.
/// </summary>
public sealed class EventCoder
{
    private static readonly string[] TargetPrepositions = ["WITH", "AGAINST", "ON", "AT", "TO", "INTO", "TOWARD", "TOWARDS", "FOR", "FROM", "OVER", "ABOUT", "OF", "UPON", "BETWEEN", "NEAR", "IN"];
    private readonly EventLexicon lexicon;
    private readonly IActorResolver resolver;
    private readonly EventCoderOptions options;
    private readonly PatternMatcher matcher;

    public EventCoder(EventLexicon lexicon, IActorResolver resolver, EventCoderOptions? options = null)
    {
        this.lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
        this.resolver = resolver ?? throw new ArgumentNullException(nameof(resolver));
        this.options = options ?? EventCoderOptions.Default;
        matcher = new PatternMatcher(lexicon);
    }

    /// <summary>The events of sentence <paramref name="sentence"/>.</summary>
    /// <param name="actorDate">The day actor codes are valid on.</param>
    /// <param name="eventDate">The event date to record (a TimeML value), or null.</param>
    public List<EventMention> CodeSentence(Document document, int sentence, DateOnly? actorDate, string? eventDate)
    {
        var g = new SentenceGraph(document, sentence);
        var events = new List<EventMention>();
        var seen = new HashSet<(int, string, int, int)>();
        for (int v = 0; v < g.Count; v++)
        {
            string upos = g.Upos[v];
            if (upos is "VERB" || (upos is "AUX" && g.Heads[v] >= 0 && g.Rels[v] is not ("aux" or "aux:pass" or "cop")))
            {
                CodeVerb(g, v, actorDate, eventDate, events, seen);
            }
            else if (options.NounTriggers && upos is "NOUN" && lexicon.Nouns.TryGetValue(g.Lemmas[v], out var nouns))
            {
                CodeNoun(g, v, nouns, actorDate, eventDate, events, seen);
            }
        }

        return events;
    }

    private void CodeVerb(SentenceGraph g, int v, DateOnly? actorDate, string? eventDate, List<EventMention> events, HashSet<(int, string, int, int)> seen)
    {
        var senses = lexicon.FindVerb(g.Lemmas[v], g.Forms[v]);
        if (lexicon.Verbs.TryGetValue(g.Forms[v], out var byForm))
        {
            senses = byForm;
        }

        if (senses is null)
        {
            return;
        }

        var chosen = ChooseSenses(g, v, senses);
        if (!options.MergeSenses && chosen.Count > 1)
        {
            chosen.RemoveRange(1, chosen.Count - 1);
        }

        if (chosen.Count == 0)
        {
            return;
        }

        var after = PatternMatcher.AfterTokens(g, v);
        VerbPattern? best = null;
        PatternMatch match = PatternMatch.Default;
        foreach (var pattern in chosen.SelectMany(c => c.Patterns))
        {
            if (best is not null && pattern.Weight <= best.Weight)
            {
                continue;
            }

            if (matcher.Match(pattern, g, v, after) is { } m)
            {
                best = pattern;
                match = m;
            }
        }

        var sense = chosen.FirstOrDefault(c => c.Code is not null) ?? chosen[0];
        string? code = best?.Code ?? sense.Code;
        string? paired = best is null ? sense.PairedCode : best.PairedCode;
        if (code is null || string.Equals(code, "---", StringComparison.Ordinal))
        {
            return;
        }

        Emit(g, v, code, paired, match, actorDate, eventDate, events, seen);
    }

    private void Emit(SentenceGraph g, int v, string code, string? paired, PatternMatch match, DateOnly? actorDate, string? eventDate, List<EventMention> events, HashSet<(int, string, int, int)> seen, bool isNoun = false)
    {
        bool passive = false;
        string modality = ModalityAnalyzer.Analyze(g, v);
        if (modality == Modality.Negated && options.Negate is { } negate)
        {
            if (negate(code) is not { } opposite)
            {
                return;
            }

            code = opposite;
            paired = paired is null ? null : negate(paired);
            modality = Modality.Asserted;
        }

        if (options.DropNegated && modality == Modality.Negated)
        {
            return;
        }

        var subjects = isNoun ? [] : Subjects(g, v, out passive);
        List<EventActor> sources, targets;
        if (isNoun)
        {
            (sources, targets) = NounArguments(g, v, actorDate);
        }
        else if (match.SubjectIsTarget)
        {
            targets = Resolve(g, subjects, actorDate);
            sources = match.SourceToken >= 0 ? Resolve(g, WithConjuncts(g, match.SourceToken), actorDate) : [];
        }
        else if (passive)
        {
            targets = Resolve(g, subjects, actorDate);
            int agent = Agent(g, v);
            sources = match.SourceToken >= 0 ? Resolve(g, WithConjuncts(g, match.SourceToken), actorDate)
                : agent >= 0 ? Resolve(g, WithConjuncts(g, agent), actorDate)
                : Obliques(g, v, actorDate, targets);
        }
        else
        {
            sources = match.SourceToken >= 0 ? Resolve(g, WithConjuncts(g, match.SourceToken), actorDate) : Resolve(g, subjects, actorDate);
            targets = match.TargetToken >= 0 ? Resolve(g, WithConjuncts(g, match.TargetToken), actorDate) : Targets(g, v, actorDate, sources, -1);
        }

        var trigger = g.Span(v, v);
        var seenCodes = new HashSet<(int, string, string?, string?)>();
        foreach (var e in events)
        {
            if (e.Trigger == trigger)
            {
                seenCodes.Add((v, e.Code, e.Sources.Count > 0 ? e.Sources[0].Code : null, e.Targets.Count > 0 ? e.Targets[0].Code : null));
            }
        }

        var pairs = new List<(EventActor? Source, EventActor? Target, string Code)>();
        if (sources.Count >= 2 && targets.Count == 0)
        {
            foreach (var a in sources)
            {
                foreach (var b in sources)
                {
                    if (!ReferenceEquals(a, b))
                    {
                        pairs.Add((a, b, code));
                    }
                }
            }
        }
        else
        {
            foreach (var s in sources.Count == 0 ? [null] : sources.Cast<EventActor?>())
            {
                foreach (var t in targets.Count == 0 ? [null] : targets.Cast<EventActor?>())
                {
                    pairs.Add((s, t, code));
                    if (paired is not null)
                    {
                        pairs.Add((t, s, paired));
                    }
                }
            }
        }

        foreach (var (s, t, c) in pairs)
        {
            if (s is null && t is null)
            {
                continue;
            }

            if (options.RequireDyad && (!IsCoded(s) || !IsCoded(t)))
            {
                continue;
            }

            if (s is not null && t is not null && s.Span == t.Span)
            {
                continue;
            }

            if (!seen.Add((v, c, s?.Start ?? -1, t?.Start ?? -1)) || !seenCodes.Add((v, c, s?.Code, t?.Code)))
            {
                continue;
            }

            events.Add(new EventMention(c, options.Label?.Invoke(c) ?? c, trigger, modality)
            {
                Sources = s is null ? [] : [s],
                Targets = t is null ? [] : [t],
                Date = eventDate,
                Sentence = g.SentenceIndex,
                Location = Location(g, v),
            });
        }
    }

    private void CodeNoun(SentenceGraph g, int n, IReadOnlyList<NounTrigger> nouns, DateOnly? actorDate, string? eventDate, List<EventMention> events, HashSet<(int, string, int, int)> seen)
    {
        NounTrigger? chosen = null;
        foreach (var noun in nouns)
        {
            if (noun.Modifier is null || g.Children(n).Any(c => PatternMatcher.WordMatches(noun.Modifier, g.Forms[c], g.Lemmas[c])))
            {
                chosen = noun;
                break;
            }
        }

        if (chosen is null)
        {
            return;
        }

        // Light verbs ("held talks", "imposed sanctions") are coded by the verb lexicon; the noun adds nothing there.
        if (g.Heads[n] >= 0 && g.Is(n, "obj") && events.Any(e => e.Trigger == g.Span(g.Heads[n], g.Heads[n])))
        {
            return;
        }

        Emit(g, n, chosen.Code, chosen.PairedCode, PatternMatch.Default, actorDate, eventDate, events, seen, isNoun: true);
    }

    /// <summary>
    /// The senses to use: a multiword sense whose particles are present ("break down") wins alone; otherwise every
    /// single-word sense of the verb (a verb listed in several blocks keeps all their patterns; the first block
    /// with a code gives the bare verb's code).
    /// </summary>
    private static List<VerbSense> ChooseSenses(SentenceGraph g, int v, IReadOnlyList<VerbSense> senses)
    {
        var plain = new List<VerbSense>();
        foreach (var sense in senses)
        {
            if (sense.ExtraWords == 0)
            {
                plain.Add(sense);
            }
            else if (ParticlesMatch(g, v, sense))
            {
                return [sense];
            }
        }

        return plain;
    }

    private static bool ParticlesMatch(SentenceGraph g, int v, VerbSense sense)
    {
        for (int k = 0; k < sense.After.Count; k++)
        {
            string word = sense.After[k];
            bool found = g.Children(v).Any(c => c > v && string.Equals(g.Forms[c], word, StringComparison.Ordinal) && (g.Is(c, "compound") || g.Is(c, "advmod") || g.Is(c, "case") || g.Is(c, "obl") || g.Is(c, "obj")))
                || (v + 1 + k < g.Count && string.Equals(g.Forms[v + 1 + k], word, StringComparison.Ordinal));
            if (!found)
            {
                return false;
            }
        }

        for (int k = 0; k < sense.Before.Count; k++)
        {
            int at = v - sense.Before.Count + k;
            if (at < 0 || !string.Equals(g.Forms[at], sense.Before[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Arguments of an event noun: the source from its possessor or modifiers ("Putin's visit", "Iranian drone strikes"),
    /// or, for "talks between A and B", both parties; the target from a prepositional phrase ("sanctions on Iran",
    /// "visit to Tehran"), or the subject of a light verb governing it.
    /// </summary>
    private (List<EventActor> Sources, List<EventActor> Targets) NounArguments(SentenceGraph g, int n, DateOnly? date)
    {
        var sources = new List<EventActor>();
        var targets = new List<EventActor>();
        foreach (int c in g.Children(n))
        {
            if (c < n && (g.Is(c, "nmod:poss") || g.Is(c, "compound") || g.Is(c, "amod")) && sources.Count == 0)
            {
                sources = Resolve(g, WithConjuncts(g, c), date);
            }
            else if ((g.Is(c, "nmod") || g.Is(c, "obl")) && g.CaseOf(c) is { } prep)
            {
                if (prep is "BETWEEN" or "AMONG" && sources.Count == 0)
                {
                    sources = Resolve(g, WithConjuncts(g, c), date);
                }
                else if (prep is "BY" && sources.Count == 0)
                {
                    sources = Resolve(g, WithConjuncts(g, c), date);
                }
                else if (prep is "ON" or "AGAINST" or "TO" or "WITH" or "AT" or "ON" or "INTO" && targets.Count == 0)
                {
                    targets = Resolve(g, WithConjuncts(g, c), date);
                }
            }
        }

        if (sources.Count == 0 && g.Heads[n] >= 0 && g.Is(n, "obj"))
        {
            sources = Resolve(g, Subjects(g, g.Heads[n], out _), date);
        }

        return (sources, targets);
    }

    /// <summary>The subject tokens (with conjuncts), inherited from the governing clause when the verb has none.</summary>
    private static List<int> Subjects(SentenceGraph g, int v, out bool passive)
    {
        passive = g.IsPassive(v);
        for (int node = v, depth = 0; node >= 0 && depth < 5; depth++)
        {
            int subject = g.FirstChild(node, "nsubj");
            if (subject < 0)
            {
                subject = g.FirstChild(node, "nsubj:pass");
            }

            if (subject >= 0 && !(g.Upos[subject] is "PRON" && node == v && g.Heads[v] >= 0 && g.Rels[v] is "ccomp" or "xcomp" or "advcl" or "parataxis" or "conj"))
            {
                return WithConjuncts(g, subject);
            }

            if (subject >= 0)
            {
                // "Ethiopia indicated it would act": a pronoun subject of an embedded clause is the governing subject.
                int governor = g.Heads[v];
                int outer = g.FirstChild(governor, "nsubj");
                return outer >= 0 ? WithConjuncts(g, outer) : WithConjuncts(g, subject);
            }

            int head = g.Heads[node];
            if (head < 0)
            {
                break;
            }

            string rel = g.Rels[node];
            if (rel.StartsWith("acl", StringComparison.Ordinal) && !rel.StartsWith("acl:relcl", StringComparison.Ordinal))
            {
                // "crowds trashed…" parsed as a clause on its noun: that noun is the subject.
                return node == v && g.Upos[head] is "NOUN" or "PROPN" or "PRON" ? WithConjuncts(g, head) : [];
            }

            if (rel.StartsWith("acl:relcl", StringComparison.Ordinal))
            {
                return WithConjuncts(g, head);
            }

            if (rel.StartsWith("xcomp", StringComparison.Ordinal) || rel.StartsWith("advcl", StringComparison.Ordinal) || rel.StartsWith("ccomp", StringComparison.Ordinal))
            {
                // Object control: "urged Gondor to…", "accuses Iran of providing…".
                // A means clause ("strengthened ties by signing…") is done by the governing subject, not its object.
                int obj = g.FirstChild(head, "obj");
                if (obj >= 0 && obj < node && (rel.StartsWith("xcomp", StringComparison.Ordinal) || (rel.StartsWith("advcl", StringComparison.Ordinal) && !IsMeansMark(Mark(g, node)))))
                {
                    passive = false;
                    return WithConjuncts(g, obj);
                }

                if (rel.StartsWith("ccomp", StringComparison.Ordinal))
                {
                    break;
                }
            }
            else if (!rel.StartsWith("conj", StringComparison.Ordinal))
            {
                break;
            }

            node = head;
        }

        return [];
    }

    /// <summary>
    /// The target: the first actor found breadth-first among the verb's object, then its prepositional phrases in
    /// sentence order, going down through their modifiers, clausal complements (whose subject counts) and infinitives.
    /// </summary>
    private List<EventActor> Targets(SentenceGraph g, int v, DateOnly? date, List<EventActor> sources, int exclude)
    {
        var queue = new Queue<(int Node, int Depth)>();
        foreach (int c in g.Children(v))
        {
            if (g.Is(c, "obj") || g.Is(c, "iobj"))
            {
                queue.Enqueue((c, 0));
            }
        }

        foreach (int c in g.Children(v))
        {
            if (c != exclude && IsArgumentLink(g, c) && !g.Is(c, "obj") && !g.Is(c, "iobj"))
            {
                queue.Enqueue((c, 0));
            }
        }

        while (queue.Count > 0)
        {
            var (node, depth) = queue.Dequeue();
            if (g.Upos[node] is "NOUN" or "PROPN" or "PRON" or "NUM" or "X" or "ADJ" && !g.Is(node, "xcomp") && !g.Is(node, "ccomp"))
            {
                var found = Resolve(g, WithConjuncts(g, node), date);
                found.RemoveAll(t => sources.Any(s => s.Span.Overlaps(t.Span)));
                if (found.Count > 0)
                {
                    return found;
                }
            }

            if (depth >= 4)
            {
                continue;
            }

            foreach (int c in g.Children(node))
            {
                if (IsArgumentLink(g, c) || g.Is(c, "acl") || g.Is(c, "appos") || (g.Is(c, "nsubj") && !g.Is(node, "acl:relcl")))
                {
                    queue.Enqueue((c, depth + 1));
                }
            }
        }

        return [];
    }

    /// <summary>For a passive without a by-agent ("was criticized over its dispute with Eriador"): an actor in its prepositional phrases.</summary>
    private List<EventActor> Obliques(SentenceGraph g, int v, DateOnly? date, List<EventActor> targets)
    {
        foreach (int c in g.Children(v))
        {
            if ((g.Is(c, "obl") || g.Is(c, "nmod")) && !g.Is(c, "obl:tmod") && !g.Is(c, "nmod:tmod"))
            {
                foreach (int n in new[] { c }.Concat(g.ChildrenWith(c, "nmod")))
                {
                    var found = Resolve(g, WithConjuncts(g, n), date);
                    found.RemoveAll(t => targets.Any(x => x.Span.Overlaps(t.Span)));
                    if (found.Count > 0)
                    {
                        return found;
                    }
                }
            }
        }

        return [];
    }

    private static bool IsArgumentLink(SentenceGraph g, int c) =>
        g.Is(c, "obj") || g.Is(c, "iobj") || g.Is(c, "xcomp") || g.Is(c, "ccomp") || g.Is(c, "nsubj:pass") || (g.Is(c, "advcl") && Mark(g, c) is "TO")
        || ((g.Is(c, "obl") || g.Is(c, "nmod")) && !g.Is(c, "obl:tmod") && !g.Is(c, "nmod:tmod") && !g.Is(c, "obl:npmod") && !g.Is(c, "nmod:npmod") && !g.Is(c, "nmod:poss"));

    private static bool IsMeansMark(string? mark) => mark is "BY" or "THROUGH" or "VIA";

    private static string? Mark(SentenceGraph g, int node)
    {
        foreach (int c in g.Children(node))
        {
            if (g.Is(c, "mark"))
            {
                return g.Forms[c];
            }
        }

        return null;
    }

    private static int Agent(SentenceGraph g, int v)
    {
        foreach (int c in g.Children(v))
        {
            if (g.Is(c, "obl:agent") || ((g.Is(c, "obl") || g.Is(c, "nmod")) && string.Equals(g.CaseOf(c), "BY", StringComparison.Ordinal)))
            {
                return c;
            }
        }

        return -1;
    }

    private MentionRef? Location(SentenceGraph g, int v)
    {
        foreach (int c in g.Children(v))
        {
            if ((g.Is(c, "obl") || g.Is(c, "nmod")) && g.CaseOf(c) is "IN" or "AT")
            {
                var span = g.Span(c, c);
                foreach (var e in g.Document.Entities)
                {
                    if (e.Type is "GPE" or "LOC" && e.Span.Overlaps(span))
                    {
                        return new MentionRef(e.Start, e.End, e.EntityId);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The head and its conjuncts (and proper-name appositions in a list: "Mordor, the Shire, Arnor and Bree").</summary>
    private static List<int> WithConjuncts(SentenceGraph g, int head)
    {
        var list = new List<int> { head };
        for (int k = 0; k < list.Count && list.Count < 16; k++)
        {
            foreach (int c in g.Children(list[k]))
            {
                if ((g.Is(c, "conj") && g.Upos[c] is "NOUN" or "PROPN" or "PRON" or "ADJ") || (g.Is(c, "appos") && g.Upos[c] is "PROPN"))
                {
                    list.Add(c);
                }
            }
        }

        return list;
    }

    private List<EventActor> Resolve(SentenceGraph g, List<int> heads, DateOnly? date)
    {
        var actors = new List<EventActor>(heads.Count);
        foreach (int h in heads)
        {
            int first = h == heads[0] ? -1 : heads[0];
            if (!g.ActorCache.TryGetValue((h, first), out var found))
            {
                found = ResolveHead(g, h, first, date);
                g.ActorCache[(h, first)] = found;
            }

            actors.AddRange(found);
        }

        return actors;
    }

    /// <summary>The actors one head names: itself (or, conjoined to <paramref name="first"/>, with its modifiers), and one per conjunct inside its phrase.</summary>
    private List<EventActor> ResolveHead(SentenceGraph g, int h, int first, DateOnly? date)
    {
        var actors = new List<EventActor>(1);
        var actor = resolver.Resolve(g, h, date);
        if (actor is null && first >= 0)
        {
            // "Danish media and government": a bare role conjoined to an actor shares its modifiers.
            actor = resolver.Resolve(g, first, date, new PhraseSwap(first, h, HeadOnly: true));
            actor = actor is null ? null : actor with { Start = g.Span(h, h).Start, End = g.Span(h, h).End };
        }

        if (actor is null)
        {
            // "Osgiliath, the state's fiercest foe": an apposition may name the actor.
            int appos = g.FirstChild(h, "appos");
            actor = appos >= 0 ? resolver.Resolve(g, appos, date) : null;
        }

        if (actor is null)
        {
            return actors;
        }

        actors.Add(actor);

        // "The ambassadors of Arnor, Osgiliath and Gondor": one actor per conjunct, each with the rest of the phrase.
        if (NounPhrase.Conjoined(g, h) is { } conjoined)
        {
            foreach (int k in conjoined.Conjuncts)
            {
                if (resolver.Resolve(g, h, date, new PhraseSwap(conjoined.Member, k)) is { } other && !string.Equals(other.Code, actor.Code, StringComparison.Ordinal))
                {
                    actors.Add(other with { Start = g.Span(k, k).Start, End = g.Span(k, k).End });
                }
            }
        }

        return actors;
    }

    private static bool IsCoded(EventActor? actor) => actor?.Code is { Length: > 0 } code && !code.StartsWith("---", StringComparison.Ordinal);
}
