using Dossier.Claims;
using Dossier.Events;
using Dossier.Model;

namespace Dossier.Quotes;

/// <summary>
/// Finds who a cue attributes words to: the subject of the reporting verb (through appositions and titles, by
/// <see cref="SourceFinder"/>), "X" of "according to X", the passive subject of "was quoted as saying by TASS" (TASS
/// being the conduit, not the speaker). A pronoun is the person last named (within the previous sentences); a
/// description ("the Kremlin spokesman") is the person the article gave that title to, last mentioned before.
/// </summary>
internal sealed class SpeakerResolver(SourceFinder sources)
{
    private static readonly HashSet<string> RelayLemmas = new(StringComparer.Ordinal) { "QUOTE", "CITE" };

    public Speaker Resolve(ParsedArticle article, CueSite cue)
    {
        var g = cue.Graph;
        if (cue.According)
        {
            int x = AccordingObject(g, cue.Token);
            return x < 0 ? new Speaker(null, null, null) : Build(article, g, x, sources.ForPhrase(article, g, x), null);
        }

        if (cue.Colon)
        {
            // "Pat Caddell: Democrat voters worried …": the name before the colon.
            var span = g.Span(0, cue.Token - 1);
            var entity = g.Entities.FirstOrDefault(e => span.Covers(e.Span));
            var named = entity is null ? new MentionRef(span.Start, span.End) : new MentionRef(entity.Start, entity.End, entity.EntityId);
            return new Speaker(named, null, null);
        }

        int v = cue.Token;
        // "he was quoted as saying by Russia's TASS": read from "quoted", whose passive subject spoke.
        if (g.Heads[v] >= 0 && RelayLemmas.Contains(g.Lemmas[g.Heads[v]]) && (g.Is(v, "advcl") || g.Is(v, "xcomp")))
        {
            v = g.Heads[v];
        }

        if (RelayLemmas.Contains(g.Lemmas[v]) && g.IsPassive(v))
        {
            int subject = g.FirstChild(v, "nsubj");
            var conduit = Agent(article, g, v) ?? g.Children(v).Where(c => g.Upos[c] == "VERB").Select(c => Agent(article, g, c)).FirstOrDefault(a => a is not null);
            return subject < 0 ? new Speaker(null, null, conduit) : Build(article, g, subject, sources.ForPhrase(article, g, subject), conduit);
        }

        // A plain subject first: "…, and the entire region," Putin hailed' parses "region" as an outer subject.
        int plain = g.Children(v).FirstOrDefault(c => string.Equals(g.Rels[c], "nsubj", StringComparison.Ordinal) && g.Upos[c] != "SCONJ", -1);
        if (plain >= 0 && g.Children(v).Any(c => g.Is(c, "nsubj") && c != plain))
        {
            return Build(article, g, plain, sources.ForPhrase(article, g, plain), null);
        }

        var heads = SourceFinder.SubjectHeads(g, v);
        var found = sources.ForVerb(article, g, v);
        return Build(article, g, heads.Count > 0 ? heads[0] : -1, found, null);
    }

    /// <summary>The nominal X of "according to X" for the token "according", or -1.</summary>
    public static int AccordingObject(SentenceGraph g, int according)
    {
        ArgumentNullException.ThrowIfNull(g);
        if (g.Is(according, "case") && g.Heads[according] > according)
        {
            return g.Heads[according];
        }

        // A parse that made "according" a verb: its object, else the first noun after "to".
        foreach (int c in g.Children(according))
        {
            if (c > according && g.Upos[c] is "NOUN" or "PROPN" or "PRON")
            {
                return c;
            }
        }

        for (int i = according + 2; i < g.Count && i < according + 8; i++)
        {
            if (g.Upos[i] is "NOUN" or "PROPN")
            {
                int h = i;
                while (g.Heads[h] > h && g.Heads[h] < according + 8 && g.Upos[g.Heads[h]] is "NOUN" or "PROPN")
                {
                    h = g.Heads[h];
                }

                return h;
            }
        }

        return -1;
    }

    private MentionRef? Agent(ParsedArticle article, SentenceGraph g, int verb)
    {
        foreach (int c in g.Children(verb))
        {
            if (g.Is(c, "obl:agent") || (g.Is(c, "obl") && g.CaseOf(c) == "BY"))
            {
                var found = sources.ForPhrase(article, g, c);
                return found.Count > 0 ? new MentionRef(found[0].Span.Start, found[0].Span.End, found[0].EntityId ?? found[0].Entities.FirstOrDefault()) : null;
            }
        }

        return null;
    }

    private static Speaker Build(ParsedArticle article, SentenceGraph g, int head, List<SourceRef> found, MentionRef? conduit)
    {
        var doc = article.Document;
        MentionRef? words = head >= 0 ? Words(g, head) : null;
        if (found.Count == 0)
        {
            return new Speaker(null, words, conduit);
        }

        var source = found[0];
        // "according to Russia's foreign ministry": the phrase holds "to" (fixed to "according"), which names nobody.
        for (int i = 0; i < g.Count; i++)
        {
            var t = g.Span(i, i);
            if (t.Start == source.Span.Start && g.Forms[i] is "ACCORDING" or "TO" && i + 1 < g.Count)
            {
                var next = g.Span(i + 1, i + 1);
                source = source with { Span = new TextSpan(next.Start, source.Span.End) };
            }
        }

        bool person = doc.Entities.Any(e => e.Type == "PERSON" && e.Span == source.Span);
        if (!person && head >= 0 && g.Upos[head] == "NOUN" && Titled(article, g, head) is { } titled)
        {
            return new Speaker(titled, words, conduit);
        }

        var named = new MentionRef(source.Span.Start, source.Span.End, source.EntityId);
        return new Speaker(named, words is not null && words.Span.Overlaps(named.Span) ? null : words, conduit);
    }

    /// <summary>The words of the head: its name tokens (flat, compound) or the head alone.</summary>
    private static MentionRef Words(SentenceGraph g, int head)
    {
        int first = head, last = head;
        foreach (int c in g.Children(head))
        {
            if (g.Is(c, "flat") || g.Is(c, "compound"))
            {
                first = Math.Min(first, c);
                last = Math.Max(last, c);
            }
        }

        var span = g.Span(first, last);
        return new MentionRef(span.Start, span.End);
    }

    /// <summary>"The Kremlin spokesman": the person the article titled so, last mentioned before this sentence.</summary>
    private static MentionRef? Titled(ParsedArticle article, SentenceGraph g, int head)
    {
        var doc = article.Document;
        string noun = g.Lemmas[head].ToLowerInvariant();
        var titled = doc.ResolvedEntities
            .Where(e => e.Type == "PERSON" && e.Roles.Any(r => r.Title.Split(' ').Any(w => string.Equals(w, noun, StringComparison.OrdinalIgnoreCase))))
            .Select(e => e.Id)
            .ToHashSet(StringComparer.Ordinal);
        // "The Iranian president": only a president of the country the description names.
        var countries = Enumerable.Range(0, g.Count).Where(i => i != head && TreeWalk.IsUnder(g, i, head))
            .Select(i => EntityCountries.Of(article.EntityAt(g.First + i)?.EntityId)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (countries.Count > 0)
        {
            titled.RemoveWhere(id => doc.ResolvedEntities.First(e => e.Id == id) is var e && e.Country is not null && !countries.Contains(e.Country)
                && !e.Roles.Any(r => r.Of is not null && countries.Contains(r.Of)));
        }

        if (titled.Count == 0)
        {
            return null;
        }

        int before = g.Span(head, head).Start;
        var mention = doc.Entities.Where(e => e.EntityId is not null && titled.Contains(e.EntityId) && e.End <= before).OrderBy(e => e.Start).LastOrDefault();
        return mention is null ? null : new MentionRef(mention.Start, mention.End, mention.EntityId);
    }
}
