using Dossier.Agreements;
using Dossier.Model;

namespace Dossier.Claims;

/// <summary>One article's stance extraction in progress: what was found so far and the reporting verbs seen.</summary>
internal sealed class StanceRun(ParsedArticle article, ArticleAgreements agreements)
{
    public ParsedArticle Article { get; } = article;

    public ArticleAgreements Agreements { get; } = agreements;

    public List<StanceMention> Found { get; } = [];

    /// <summary>The reporting verbs met (document token), with their sources, position and lemma.</summary>
    public List<(int Token, IReadOnlyList<SourceRef> Sources, string Position, string Cue)> Cues { get; } = [];

    /// <summary>Adds one stance per source of <paramref name="site"/>, with the evidence of <paramref name="where"/>.</summary>
    public void Add(StanceSite where, StanceSite site, PropositionRef proposition, int? answers = null)
    {
        var sentence = Article.Document.Sentences[where.Graph.SentenceIndex].Span;
        var evidence = where.EvidenceStart >= 0 ? new TextSpan(Math.Min(where.EvidenceStart, sentence.Start), sentence.End) : sentence;
        foreach (var source in site.Sources)
        {
            Found.Add(new StanceMention(source, site.Position, site.Cue, proposition, evidence, site.Date) { Explicit = site.Explicit, Answers = answers });
        }
    }

    /// <summary>The speaker of a quotation (from the quotes stage) that covers a token, for a verb whose subject the parse does not give.</summary>
    public List<SourceRef> QuoteSpeakers(int token)
    {
        var doc = Article.Document;
        int at = doc.Tokens[token].Start;
        return doc.Quotes.Where(q => q.Speaker is not null && q.Start <= at && at < Math.Max(q.End, q.Speaker.End))
            .Select(q => new SourceRef(q.Speaker!.Span, q.Speaker.Span.Slice(doc.Text), q.Speaker.EntityId) { Entities = q.Speaker.EntityId is { } id ? [id] : [] })
            .Take(1).ToList();
    }
}
