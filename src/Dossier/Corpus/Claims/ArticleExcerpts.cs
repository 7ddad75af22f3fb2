using Dossier.Agreements;
using Dossier.Claims;
using Dossier.Model;

namespace Dossier.Corpus.Claims;

/// <summary>
/// What the claims and agreements grouping quotes from one article once its document is let go: the words of every
/// span its agreements and stances cite (evidence sentences, propositions), the name each organisation is first
/// written with (an agreement party's name), and its publication day. Copied out of the document when the
/// article is read, so that a corpus build keeps a few sentences per article rather than the document.
/// </summary>
public sealed class ArticleExcerpts
{
    private readonly Dictionary<TextSpan, string> spans;
    private readonly Dictionary<string, string> names;

    /// <summary>Takes the dictionaries as they are (a record decoder builds them as <see cref="Of"/> does: same comparers, trimmed).</summary>
    internal ArticleExcerpts(Dictionary<TextSpan, string> spans, Dictionary<string, string> names, string? reported)
    {
        this.spans = spans;
        this.names = names;
        Reported = reported;
    }

    /// <summary>An article with no agreements and no stances: nothing to quote.</summary>
    public static ArticleExcerpts Empty { get; } = new([], [], null);

    /// <summary>The cited spans and their words, in the order they were copied (for a record encoder).</summary>
    internal IReadOnlyDictionary<TextSpan, string> Spans => spans;

    /// <summary>The organisations' names by entity id, in the order they were copied (for a record encoder).</summary>
    internal IReadOnlyDictionary<string, string> Names => names;

    /// <summary>The article's publication day as ISO text, or null (<see cref="ClauseDates.Reported"/>).</summary>
    public string? Reported { get; }

    /// <summary>
    /// Copies out of <paramref name="parsed"/> what grouping quotes of these agreements and stances. Organisations'
    /// names are kept only when the article has agreements: a tracked agreement names an organisation party as the
    /// first of its articles that mentions the organisation writes it, whichever article made it a party.
    /// </summary>
    public static ArticleExcerpts Of(ParsedArticle parsed, ArticleAgreements local, IReadOnlyList<StanceMention> stances)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(local);
        ArgumentNullException.ThrowIfNull(stances);
        if (local.Agreements.Count == 0 && stances.Count == 0)
        {
            return Empty;
        }

        string text = parsed.Text;
        var spans = new Dictionary<TextSpan, string>();
        void Add(TextSpan span) => spans.TryAdd(span, span.Slice(text));
        foreach (var a in local.Agreements)
        {
            foreach (var s in a.States)
            {
                Add(s.Evidence);
            }

            foreach (var p in a.Provisions)
            {
                Add(p.Evidence);
            }
        }

        foreach (var s in stances)
        {
            Add(s.Evidence);
            Add(s.Proposition.Span);
        }

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (local.Agreements.Count > 0)
        {
            foreach (var e in parsed.Document.Entities)
            {
                // A party is a party key (PartyKeys), and only an organisation's key is its entity id: the names
                // of places, countries and people are never asked for, and most of an article's entities are those.
                if (e.EntityId is { } id && !names.ContainsKey(id) && string.Equals(PartyKeys.Key(id), id, StringComparison.Ordinal))
                {
                    names.Add(id, e.Span.Slice(text));
                }
            }
        }

        spans.TrimExcess();
        names.TrimExcess();
        return new ArticleExcerpts(spans, names, stances.Count > 0 ? ClauseDates.Reported(parsed.Metadata) : null);
    }

    /// <summary>The words of a span one of the article's agreements or stances cites.</summary>
    public string Text(TextSpan span) =>
        spans.TryGetValue(span, out string? words) ? words : throw new ArgumentException($"DOS0811: the span {span} is not one the article's agreements or stances cite.", nameof(span));

    /// <summary>How the article first writes an organisation (an <c>ent:org:</c> id, as a party key), or null when it never does or has no agreements.</summary>
    public string? NameOf(string entityId) => names.GetValueOrDefault(entityId);
}
