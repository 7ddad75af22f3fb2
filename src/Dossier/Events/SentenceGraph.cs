using Dossier.Model;

namespace Dossier.Events;

/// <summary>
/// One sentence's dependency tree as the coder reads it: children per token, upper-case forms and lemmas, and
/// relations normalized to UD v2 (<c>dobj</c>→<c>obj</c>, <c>nsubjpass</c>→<c>nsubj:pass</c>, <c>nmod</c> on a
/// predicate→<c>obl</c>, <c>name</c>→<c>flat</c>, <c>neg</c>→<c>advmod</c>) so UD v1 parses (PETRARCH's validation
/// records) and our own parser's v2 output are read alike. Indexes are local to the sentence.
/// </summary>
public sealed class SentenceGraph
{
    private readonly int[][] children;
    private int[]? subtreeEnds;
    private HashSet<string>? words;
    private List<EntityMention>? entities;
    private List<TimexMention>? timexes;

    public SentenceGraph(Document document, int sentence)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
        SentenceIndex = sentence;
        var s = document.Sentences[sentence];
        First = s.FirstToken;
        Count = s.TokenCount;
        Forms = new string[Count];
        Lemmas = new string[Count];
        Upos = new string[Count];
        Rels = new string[Count];
        Heads = new int[Count];
        var lists = new List<int>?[Count];
        for (int i = 0; i < Count; i++)
        {
            int t = First + i;
            Forms[i] = document.TokenText(t).ToUpperInvariant();
            Lemmas[i] = (document.Lemmas.Length > t ? document.Lemmas[t] : null)?.ToUpperInvariant() ?? Forms[i];
            Upos[i] = (document.Upos.Length > t ? document.Upos[t] : null) ?? "X";
            int head = document.Heads.Length > t ? document.Heads[t] : -1;
            Heads[i] = head < First || head >= First + Count ? -1 : head - First;
        }

        for (int i = 0; i < Count; i++)
        {
            int t = First + i;
            Rels[i] = Normalize(document.Deprels.Length > t ? document.Deprels[t] : null, i);
            if (Heads[i] >= 0)
            {
                (lists[Heads[i]] ??= []).Add(i);
            }
        }

        children = lists.Select(l => l?.ToArray() ?? []).ToArray();
    }

    public Document Document { get; }

    /// <summary>
    /// The document's entity mentions that overlap this sentence, in the document's order: every phrase of the
    /// sentence lies inside it, so these are the only mentions a phrase can overlap.
    /// </summary>
    public IReadOnlyList<EntityMention> Entities => entities ??= EntitiesInSentence();

    /// <summary>The document's time expressions that overlap this sentence.</summary>
    public IReadOnlyList<TimexMention> Timexes => timexes ??= TimexesInSentence();

    public int SentenceIndex { get; }

    /// <summary>The document index of the sentence's first token.</summary>
    public int First { get; }

    public int Count { get; }

    public string[] Forms { get; }

    public string[] Lemmas { get; }

    public string[] Upos { get; }

    public string[] Rels { get; }

    /// <summary>Local head index, -1 for the root.</summary>
    public int[] Heads { get; }

    public IReadOnlyList<int> Children(int i) => children[i];

    /// <summary>The children of <paramref name="i"/> whose relation is <paramref name="rel"/> or a subtype of it.</summary>
    public IEnumerable<int> ChildrenWith(int i, string rel)
    {
        foreach (int c in children[i])
        {
            if (Is(c, rel))
            {
                yield return c;
            }
        }
    }

    public int FirstChild(int i, string rel)
    {
        foreach (int c in children[i])
        {
            if (Is(c, rel))
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>True when the relation of <paramref name="i"/> is <paramref name="rel"/> or one of its subtypes.</summary>
    public bool Is(int i, string rel)
    {
        string r = Rels[i];
        return r.Length == rel.Length ? string.Equals(r, rel, StringComparison.Ordinal)
            : r.Length > rel.Length && r[rel.Length] == ':' && r.StartsWith(rel, StringComparison.Ordinal);
    }

    /// <summary>The preposition (case child) of a nominal, upper case, or null.</summary>
    public string? CaseOf(int i)
    {
        foreach (int c in children[i])
        {
            if (Is(c, "case") && !string.Equals(Forms[c], "'S", StringComparison.Ordinal) && !string.Equals(Forms[c], "'", StringComparison.Ordinal))
            {
                return Forms[c];
            }
        }

        return null;
    }

    /// <summary>The document span covering tokens <paramref name="from"/>..<paramref name="to"/> (local, inclusive).</summary>
    private List<EntityMention> EntitiesInSentence()
    {
        var list = new List<EntityMention>();
        if (Count == 0)
        {
            return list;
        }

        var sentence = Span(0, Count - 1);
        foreach (var e in Document.Entities)
        {
            if (e.Span.Overlaps(sentence))
            {
                list.Add(e);
            }
        }

        return list;
    }

    public TextSpan Span(int from, int to) => new(Document.Tokens[First + from].Start, Document.Tokens[First + to].End);

    public bool IsPassive(int verb)
    {
        foreach (int c in children[verb])
        {
            if (Is(c, "nsubj:pass") || Is(c, "aux:pass") || Is(c, "csubj:pass"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last local index in the subtree of <paramref name="i"/> (computed once per sentence).</summary>
    public int SubtreeEnd(int i)
    {
        if (subtreeEnds is null)
        {
            subtreeEnds = new int[Count];
            Array.Fill(subtreeEnds, -1);
        }

        if (subtreeEnds[i] < 0)
        {
            int end = i;
            foreach (int c in children[i])
            {
                end = Math.Max(end, SubtreeEnd(c));
            }

            subtreeEnds[i] = end;
        }

        return subtreeEnds[i];
    }

    /// <summary>Every form and lemma of the sentence, with regular plurals also stripped, for pattern pre-checks.</summary>
    public HashSet<string> Words => words ??= BuildWords();

    /// <summary>Actors already resolved in this sentence, by head token, so that every verb does not redo the lookup.</summary>
    internal Dictionary<(int Head, int First), List<Model.EventActor>> ActorCache { get; } = [];

    private HashSet<string> BuildWords()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < Count; i++)
        {
            foreach (string w in new[] { Forms[i], Lemmas[i] })
            {
                set.Add(w);
                if (w.Length > 3 && w.EndsWith("IES", StringComparison.Ordinal))
                {
                    set.Add(w[..^3] + "Y");
                }

                if (w.Length > 2 && w.EndsWith("ES", StringComparison.Ordinal))
                {
                    set.Add(w[..^2]);
                }

                if (w.Length > 1 && w.EndsWith('S'))
                {
                    set.Add(w[..^1]);
                }
            }
        }

        return set;
    }

    private string Normalize(string? rel, int i)
    {
        if (string.IsNullOrEmpty(rel))
        {
            return "dep";
        }

        switch (rel)
        {
            case "dobj":
                return "obj";
            case "nsubjpass":
                return "nsubj:pass";
            case "csubjpass":
                return "csubj:pass";
            case "auxpass":
                return "aux:pass";
            case "name":
                return "flat";
            case "neg":
                return "advmod";
            case "mwe":
                return "fixed";
        }

        if (rel.StartsWith("nmod", StringComparison.Ordinal) && !rel.StartsWith("nmod:poss", StringComparison.Ordinal) && Heads[i] >= 0)
        {
            string headPos = Upos[Heads[i]];
            if (headPos is "VERB" or "AUX" or "ADJ" or "ADV")
            {
                return rel.Length > 4 ? "obl" + rel[4..] : "obl";
            }
        }

        return rel;
    }

    private List<TimexMention> TimexesInSentence()
    {
        if (Count == 0 || Document.Timexes.Count == 0)
        {
            return [];
        }

        var span = Span(0, Count - 1);
        return [.. Document.Timexes.Where(t => t.Start < span.End && span.Start < t.End)];
    }
}
