using System.Data.Common;
using System.Globalization;
using Dossier.Model;

namespace Dossier.Storage;

/// <summary>
/// A quote of a current article as the listings show it (<c>/api/quotes</c>, <c>/quotes</c>): its span and words, its
/// speaker's words (null when there is no speaker or its span is not in the body) and entity, the reporting verb and
/// its class, and the article's outlet (else its wire) and publication day.
/// </summary>
/// <param name="Article">The article's id.</param>
/// <param name="Index">The quote's place among the article's quotes (its annotations' order).</param>
public sealed record ListedQuote(
    string Article, int Index, int Start, int End, string Text, string Kind, string? Speaker, string? SpeakerEntity,
    string? Verb, string? VerbClass, string? Outlet, string? Published);

/// <summary>
/// Which quotes a listing keeps: a speaker whose words contain <see cref="Speaker"/> (ignoring case) or whose entity
/// is it; an outlet that contains <see cref="Outlet"/>; a verb that contains <see cref="Verb"/> or whose class is it;
/// the article <see cref="Article"/>; a speaker's entity among <see cref="SpeakerEntities"/> (an entity's page: its id
/// and the ids folded into it). Null keeps every quote.
/// </summary>
public sealed record QuoteFilter(string? Speaker = null, string? Outlet = null, string? Verb = null, string? Article = null)
{
    /// <summary>The entity ids one of which a quote's speaker must have; null keeps every quote.</summary>
    public IReadOnlySet<string>? SpeakerEntities { get; init; }

    /// <summary><see cref="SpeakerEntities"/> as a JSON array (in ordinal order), as the stores bind it.</summary>
    public string? SpeakerEntitiesJson => SpeakerEntities is { } ids ? System.Text.Json.JsonSerializer.Serialize(ids.Order(StringComparer.Ordinal)) : null;

    public bool Matches(ListedQuote q)
    {
        ArgumentNullException.ThrowIfNull(q);
        return (Speaker is null || Contains(q.Speaker, Speaker) || q.SpeakerEntity == Speaker)
            && (SpeakerEntities is null || (q.SpeakerEntity is { } entity && SpeakerEntities.Contains(entity)))
            && (Outlet is null || Contains(q.Outlet, Outlet))
            && (Verb is null || Contains(q.Verb, Verb) || q.VerbClass == Verb)
            && (Article is null || q.Article == Article);
    }

    /// <summary>Whether <paramref name="value"/> contains <paramref name="part"/>, ignoring case (ordinal): how every filter of a listing compares words.</summary>
    public static bool Contains(string? value, string part) => value is not null && value.Contains(part, StringComparison.OrdinalIgnoreCase);
}

/// <summary>The order of a quote listing.</summary>
public enum QuoteOrder
{
    /// <summary>The articles' order (<see cref="IArticleStore.ListArticles()"/>: by publication date, undated last, then source), then each article's quotes in order.</summary>
    Article,

    /// <summary>By speaker's words (ordinal; quotes without a speaker last), then outlet (ordinal, none first), then as <see cref="Article"/>.</summary>
    Speaker,
}

/// <summary>A page of a quote listing and how many quotes the whole listing has.</summary>
public sealed record QuotePage(IReadOnlyList<ListedQuote> Quotes, int Total);

/// <summary>The quotes of current articles, listed from their documents: what a store that keeps no quote rows answers, and what one that does must answer.</summary>
public static class QuoteListing
{
    /// <summary>The quotes of an article's document whose span lies in the body (one with a bad span is skipped, not the article).</summary>
    public static IEnumerable<ListedQuote> Of(ArticleRecord article, Document doc)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(doc);
        string? outlet = Corpus.StoryListing.Outlet(article);
        string? published = article.Metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        for (int i = 0; i < doc.Quotes.Count; i++)
        {
            var q = doc.Quotes[i];
            if (!InBody(doc.Text, q.Start, q.End))
            {
                continue;
            }

            string? speaker = q.Speaker is { } s && InBody(doc.Text, s.Start, s.End) ? doc.Text[s.Start..s.End] : null;
            yield return new ListedQuote(article.Id, i, q.Start, q.End, doc.Text[q.Start..q.End], q.Kind, speaker, q.Speaker?.EntityId,
                q.Verb, q.VerbClass, outlet, published);
        }
    }

    /// <summary>Whether a span lies in a text of <paramref name="text"/>'s length.</summary>
    public static bool InBody(string text, int start, int end) => start >= 0 && end >= start && end <= text.Length;

    /// <summary>A page of the listing, made by reading every current article's document in turn.</summary>
    public static QuotePage FromDocuments(IArticleStore store, QuoteFilter filter, QuoteOrder order, int skip, int take)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filter);
        var quotes = store.ListArticles().Where(a => filter.Article is null || a.Id == filter.Article)
            .SelectMany(a => Of(a, store.LoadDocument(a))).Where(filter.Matches);
        var all = (order == QuoteOrder.Speaker ? Ordered(quotes) : quotes).ToList();
        return new QuotePage([.. all.Skip(skip).Take(take)], all.Count);
    }

    /// <summary>The columns of a store's quote rows that <see cref="Read"/> reads, in its order.</summary>
    public const string Columns = "article_id, idx, start, \"end\", text, kind, speaker, speaker_entity, verb, verb_class, outlet, published";

    /// <summary>A listed quote from a row of a store's quote table read with <see cref="Columns"/>.</summary>
    public static ListedQuote Read(DbDataReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new ListedQuote(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetString(4), r.GetString(5),
            Text(r, 6), Text(r, 7), Text(r, 8), Text(r, 9), Text(r, 10), Text(r, 11));

        static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
    }

    /// <summary>Quotes in the articles' order put in <see cref="QuoteOrder.Speaker"/> order (a stable sort).</summary>
    public static IEnumerable<ListedQuote> Ordered(IEnumerable<ListedQuote> quotes) =>
        quotes.OrderBy(q => q.Speaker ?? "\uffff", StringComparer.Ordinal).ThenBy(q => q.Outlet, StringComparer.Ordinal);
}
