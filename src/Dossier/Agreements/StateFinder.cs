using Dossier.Claims;
using Dossier.Events;

namespace Dossier.Agreements;

/// <summary>
/// Finds the state each agreement phrase is put in: a state word of <c>states.tsv</c> at most three arcs away in the
/// parse, not reached through another agreement, a proposition predicate ("suspension of work on …") or a report
/// noun, meeting its condition, and stated as a fact (not negated, not future or conditional). The highest
/// priority wins. The state's date is the sentence's date expression nearest to the word; a present-tense state
/// without one holds on the day the article appeared.
/// </summary>
public sealed class StateFinder(AgreementLexicon lexicon, ClaimLexicon claims)
{
    public void Find(ParsedArticle article, ArticleAgreements agreements)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(agreements);
        foreach (var agreement in agreements.Agreements)
        {
            foreach (var m in agreement.Mentions)
            {
                if (Best(article, agreements, m) is { } state)
                {
                    agreement.AddState(state);
                }
            }
        }
    }

    private MentionState? Best(ParsedArticle article, ArticleAgreements agreements, AgreementMention m)
    {
        var g = article.Graph(m.Sentence);
        int h = m.Head - g.First;
        (StateCue Cue, int Word, int Distance)? best = null;
        for (int c = 0; c < g.Count; c++)
        {
            if (c == h || !lexicon.States.TryGetValue(g.Lemmas[c], out var cue) || TreeWalk.Between(g, h, c, 3) is not { } path)
            {
                continue;
            }

            if (path.Any(n => Blocks(agreements, g, n, m, cue)) || !Meets(g, h, c, path, cue) || Realis.IsNegated(g, c, claims) || Realis.IsIrrealis(g, c, claims))
            {
                continue;
            }

            int distance = path.Count + 1;
            if (best is null || cue.Priority > best.Value.Cue.Priority || (cue.Priority == best.Value.Cue.Priority && distance < best.Value.Distance))
            {
                best = (cue, c, distance);
            }
        }

        if (best is not { } b)
        {
            return null;
        }

        string? date = ClauseDates.Nearest(article, g, b.Word, claims) ?? (PresentTense(article, g, b.Word) ? ClauseDates.Reported(article.Metadata) : null);
        return new MentionState(b.Cue.State, date, article.Document.Sentences[m.Sentence].Span, g.Lemmas[b.Word].ToLowerInvariant());
    }

    /// <summary>
    /// Whether a word between the phrase and the state word stops the state from applying: another agreement, a
    /// predicate that puts the agreement in a different state ("a temporary suspension of work on …" is not
    /// work on it), a report noun ("reports of …") or a denial.
    /// </summary>
    private bool Blocks(ArticleAgreements agreements, SentenceGraph g, int node, AgreementMention m, StateCue cue)
    {
        string lemma = g.Lemmas[node];
        return (agreements.At(g.First + node) is { } other && !other.Mentions.Contains(m))
            || (claims.PredicateWords.TryGetValue(lemma, out var predicate) && predicate.AgreementState != cue.State)
            || (g.Upos[node] == "NOUN" && claims.ReportNouns.ContainsKey(lemma))
            || (claims.Verbs.TryGetValue(lemma, out var verb) && verb.Position != Positions.Asserts);
    }

    private static bool Meets(SentenceGraph g, int head, int cue, List<int> path, StateCue state)
    {
        string condition = state.Condition;
        if (condition == "-")
        {
            return true;
        }

        if (condition == "obj")
        {
            int child = path.Count > 0 && g.Heads[path[^1]] == cue ? path[^1] : head;
            return g.Heads[child] == cue && (g.Is(child, "obj") || g.Is(child, "nsubj:pass"));
        }

        string word = condition[(condition.IndexOf('=', StringComparison.Ordinal) + 1)..].ToUpperInvariant();
        string rel = condition.StartsWith("amod=", StringComparison.Ordinal) ? "amod" : "case";
        return g.Children(cue).Any(c => g.Is(c, rel) && (g.Lemmas[c] == word || g.Forms[c] == word));
    }

    /// <summary>Whether the word (or the verb it hangs from) is in the present tense: "are negotiating", "is underway".</summary>
    private static bool PresentTense(ParsedArticle article, SentenceGraph g, int word)
    {
        var xpos = article.Document.Xpos;
        int verb = g.Upos[word] == "VERB" || g.Heads[word] < 0 ? word : g.Heads[word];
        var words = new[] { word, verb }.SelectMany(w => g.Children(w).Where(c => g.Is(c, "aux") || g.Is(c, "cop")).Append(w));
        bool present = false;
        foreach (int w in words)
        {
            string? tag = xpos.ElementAtOrDefault(g.First + w);
            if (tag == "VBD")
            {
                return false;
            }

            present |= tag is "VBZ" or "VBP";
        }

        return present;
    }
}
