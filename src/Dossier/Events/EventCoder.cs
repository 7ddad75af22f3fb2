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
            if (upos is "VERB" && options.Transitions.Count > 0 && Transition(g, v) is { } rule)
            {
                EmitTransition(g, v, rule, actorDate, eventDate, events);
            }
            else if (upos is "VERB" || (upos is "AUX" && g.Heads[v] >= 0 && g.Rels[v] is not ("aux" or "aux:pass" or "cop")))
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
        AddAntecedent(g, v, after);
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

        if ((options.DropNegated || (options.DropDeniedContent && IsDenied(g, v))) && modality == Modality.Negated)
        {
            // "Tehran has denied giving Moscow drones": the denial is the event; the supply it denies did not happen.
            return;
        }

        eventDate = OwnDate(g, v) ?? eventDate;

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
                : agent >= 0 ? AgentActors(g, agent, actorDate)
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

    private TransitionRule? Transition(SentenceGraph g, int v)
    {
        foreach (var rule in options.Transitions)
        {
            if (!string.Equals(rule.Lemma, g.Lemmas[v], StringComparison.Ordinal) || (rule.Voice == "passive" && !g.IsPassive(v)) || (rule.Voice == "active" && g.IsPassive(v)))
            {
                continue;
            }

            if (rule.Objects.Count == 0 || g.ChildrenWith(v, "obj").Any(o => rule.Objects.Contains(g.Lemmas[o])))
            {
                return rule;
            }
        }

        return null;
    }

    /// <summary>A death or a change of office: the subject is the one actor ("Raisi … was killed", "Pezeshkian assumed the presidency").</summary>
    private void EmitTransition(SentenceGraph g, int v, TransitionRule rule, DateOnly? actorDate, string? eventDate, List<EventMention> events)
    {
        var people = Resolve(g, Subjects(g, v, out _), actorDate);
        if (people.Count == 0)
        {
            return;
        }

        string modality = ModalityAnalyzer.Analyze(g, v);
        foreach (var person in people)
        {
            events.Add(new EventMention(rule.Code, rule.Label, g.Span(v, v), modality)
            {
                Sources = [person],
                Date = OwnDate(g, v) ?? eventDate,
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

        // "held talks with X" and "During a meeting with X, A conveyed…": the governing clause's subject takes part.
        if (sources.Count == 0 && g.Heads[n] >= 0 && (g.Is(n, "obj") || (g.Is(n, "obl") && g.CaseOf(n) is "DURING")))
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
                return WithStrandedConjunct(g, subject, WithConjuncts(g, subject));
            }

            if (subject >= 0)
            {
                // "Ethiopia indicated it would act": a pronoun subject of an embedded clause is the governing subject.
                int governor = g.Heads[v];
                int outer = g.FirstChild(governor, "nsubj");
                return outer >= 0 ? WithConjuncts(g, outer) : WithConjuncts(g, subject);
            }

            if (node == v && AppositionOfDate(g, v) is >= 0 and var appos)
            {
                return WithConjuncts(g, appos);
            }

            int head = g.Heads[node];
            if (head < 0)
            {
                return StrandedSubject(g, node) is >= 0 and var stranded ? WithConjuncts(g, stranded) : [];
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
    /// The names right before a main verb that the parse left without a subject: a parser can swallow them into the
    /// phrase that opens the sentence ("In the face of harsh Western sanctions, Russian President Vladimir Putin and
    /// Iranian President Masoud Pezeshkian strengthened…", the names an apposition of "sanctions"). Climbs from the word
    /// before the verb through flat names, compounds and conjuncts; -1 when that word is no name or the names already
    /// serve as a prepositional object.
    /// </summary>
    private static int StrandedSubject(SentenceGraph g, int verb)
    {
        int i = verb - 1;
        if (i < 0 || g.Upos[verb] != "VERB" || g.Upos[i] != "PROPN")
        {
            return -1;
        }

        while (g.Heads[i] >= 0 && g.Heads[i] < verb && g.Upos[g.Heads[i]] == "PROPN" && (g.Is(i, "flat") || g.Is(i, "compound") || g.Is(i, "conj")))
        {
            i = g.Heads[i];
        }

        return g.Children(i).Any(c => g.Is(c, "case")) ? -1 : i;
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

        bool antecedent = false;
        while (queue.Count > 0)
        {
            var (node, depth) = queue.Dequeue();
            if (InTimex(g, node) || IsPlace(g, node) || g.CaseOf(node) is "DURING")
            {
                // A date or a place ("met on Thursday in Astana") is when and where, not whom.
                continue;
            }

            if (!antecedent && IsRelativePronoun(g, node) && g.Rels[v].StartsWith("acl:relcl", StringComparison.Ordinal))
            {
                // "the BRICS group of nations, which Iran joined": the pronoun stands for the noun the clause describes.
                antecedent = true;
                int noun = g.Heads[v];
                queue.Enqueue((noun, depth + 1));
                if (g.Rels[noun].StartsWith("nmod", StringComparison.Ordinal) && g.Heads[noun] >= 0)
                {
                    queue.Enqueue((g.Heads[noun], depth + 1));
                }

                continue;
            }

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

    /// <summary>
    /// The place: an <c>in</c>/<c>at</c> phrase of the trigger naming a GPE or LOC ("in the Russian city of Kazan"
    /// through its <c>of</c>), else one attached to a date phrase of the trigger ("on Thursday in Astana"), else one
    /// in a relative clause on the trigger's object or oblique ("at the summit, which will take place … in Kazan").
    /// </summary>
    private static MentionRef? Location(SentenceGraph g, int v)
    {
        if (g.Entities.Count == 0)
        {
            return null;
        }

        foreach (int c in g.Children(v))
        {
            if (PlaceOf(g, c) is { } place)
            {
                return place;
            }
        }

        foreach (int c in g.Children(v))
        {
            if (!g.Is(c, "obl") && !g.Is(c, "nmod") && !g.Is(c, "obj") && !g.Rels[c].StartsWith("obl", StringComparison.Ordinal))
            {
                continue;
            }

            bool dated = InTimex(g, c);
            foreach (int d in g.Children(c))
            {
                if (dated && PlaceOf(g, d) is { } place)
                {
                    return place;
                }

                if (g.Rels[d].StartsWith("acl", StringComparison.Ordinal))
                {
                    foreach (int x in g.Children(d))
                    {
                        if (PlaceOf(g, x) is { } described)
                        {
                            return described;
                        }
                    }
                }
            }
        }

        return null;
    }

    private static MentionRef? PlaceOf(SentenceGraph g, int c)
    {
        if ((!g.Is(c, "obl") && !g.Is(c, "nmod")) || g.CaseOf(c) is not ("IN" or "AT"))
        {
            return null;
        }

        foreach (int n in g.ChildrenWith(c, "nmod").Prepend(c))
        {
            var span = g.Span(n, n);
            foreach (var e in g.Entities)
            {
                if (e.Type is "GPE" or "LOC" && e.Span.Overlaps(span))
                {
                    return new MentionRef(e.Start, e.End, e.EntityId);
                }
            }
        }

        return null;
    }

    /// <summary>A place phrase ("in Astana"), which is where an event happened, not its target.</summary>
    private static bool IsPlace(SentenceGraph g, int node) => g.Entities.Count > 0 && PlaceOf(g, node) is not null;

    private static bool InTimex(SentenceGraph g, int node)
    {
        var timexes = g.Timexes;
        if (timexes.Count == 0)
        {
            return false;
        }

        var span = g.Span(node, node);
        foreach (var t in timexes)
        {
            if (t.Start < span.End && span.Start < t.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The value of a DATE expression that is a dependent of the trigger itself ("joined in January"), or the point of
    /// a counted span whose signal word is one ("two days later they collapsed"), which dates this event better than
    /// the sentence's first date.
    /// </summary>
    private static string? OwnDate(SentenceGraph g, int v)
    {
        if (g.Timexes.Count == 0)
        {
            return null;
        }

        foreach (int c in g.Children(v))
        {
            if (!g.Rels[c].StartsWith("obl", StringComparison.Ordinal) && !g.Is(c, "nmod:tmod") && !g.Is(c, "advmod"))
            {
                continue;
            }

            var span = g.Span(c, c);
            foreach (var t in g.Timexes)
            {
                if (((t.Start < span.End && span.Start < t.End) || SignalOf(g, t, span)) && t.DatingValue is { } value)
                {
                    return value;
                }
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="span"/> is the signal word right after a counted span with a point: "later" in "two days later".</summary>
    private static bool SignalOf(SentenceGraph g, TimexMention t, TextSpan span) =>
        t.Point is not null && span.Start >= t.End && g.Document.Text.AsSpan(t.End, span.Start - t.End).IsWhiteSpace();

    /// <summary>Whether the event is the content of a denial ("denied giving", "denied that it gave").</summary>
    private static bool IsDenied(SentenceGraph g, int v)
    {
        for (int node = v, depth = 0; depth < 3 && g.Heads[node] >= 0; depth++)
        {
            if (g.Rels[node] is not ("xcomp" or "ccomp" or "advcl" or "csubj"))
            {
                return false;
            }

            node = g.Heads[node];
            if (g.Lemmas[node] is "DENY")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The BRICS group of nations, which Iran joined": a relative clause whose object is the pronoun has the noun it
    /// describes (and, for "group of nations", the noun above) as its object words for the patterns.
    /// </summary>
    private static void AddAntecedent(SentenceGraph g, int v, List<int> after)
    {
        if (!g.Rels[v].StartsWith("acl:relcl", StringComparison.Ordinal) || !g.Children(v).Any(c => g.Is(c, "obj") && IsRelativePronoun(g, c)))
        {
            return;
        }

        int noun = g.Heads[v];
        int count = after.Count;
        foreach (int n in g.Rels[noun].StartsWith("nmod", StringComparison.Ordinal) && g.Heads[noun] >= 0 ? [g.Heads[noun], noun] : new[] { noun })
        {
            after.Add(n);
            after.AddRange(g.ChildrenWith(n, "compound"));
        }

        if (after.Count > count)
        {
            after.Sort();
        }
    }

    private static bool IsRelativePronoun(SentenceGraph g, int node) =>
        g.Upos[node] is "PRON" && g.Lemmas[node] is "WHICH" or "THAT" or "WHO" or "WHOM";

    /// <summary>
    /// Parse repair for a subject split from its conjunct ("Russian President Vladimir Putin and Iranian President
    /// Masoud Pezeshkian strengthened…" parsed with "Iranian President" a conjunct of Putin and the name alone the
    /// subject): the word just before the subject is a conjunct of an earlier noun, which then shares the subject.
    /// </summary>
    private static List<int> WithStrandedConjunct(SentenceGraph g, int subject, List<int> subjects)
    {
        int left = subject - 1;
        if (left > 0 && g.Is(left, "conj") && g.Upos[left] is "PROPN" or "NOUN" && g.Heads[left] is >= 0 and var other && other < left && !subjects.Contains(other) && g.Upos[other] is "PROPN")
        {
            subjects.Add(other);
        }

        return subjects;
    }

    /// <summary>
    /// Parse repair for a subject read as an apposition of a fronted date ("In mid-September, Sergey Shoigu, head of
    /// …, visited Tehran" with "head" an apposition of "mid-September"): a verb without a subject takes it.
    /// </summary>
    private static int AppositionOfDate(SentenceGraph g, int v)
    {
        foreach (int c in g.Children(v))
        {
            if (c < v && g.Rels[c].StartsWith("obl", StringComparison.Ordinal) && InTimex(g, c))
            {
                foreach (int a in g.ChildrenWith(c, "appos"))
                {
                    if (g.Upos[a] is "NOUN" or "PROPN" && !InTimex(g, a))
                    {
                        return a;
                    }
                }
            }
        }

        return -1;
    }

    /// <summary>The by-agent's actors, or, for an agent that names none ("established by an agreement between Russia, Iran and India"), the parties its phrase names.</summary>
    private List<EventActor> AgentActors(SentenceGraph g, int agent, DateOnly? date)
    {
        var found = Resolve(g, WithConjuncts(g, agent), date);
        if (found.Count > 0)
        {
            return found;
        }

        foreach (int n in g.ChildrenWith(agent, "nmod"))
        {
            if (g.CaseOf(n) is "BETWEEN" or "AMONG" && Resolve(g, WithConjuncts(g, n), date) is { Count: > 0 } parties)
            {
                return parties;
            }
        }

        return found;
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
