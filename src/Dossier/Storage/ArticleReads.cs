using System.Data.Common;
using System.Text.Json;
using Dossier.Model;

namespace Dossier.Storage;

/// <summary>What every store does alike around its reads of articles: their rows' metadata, heads and spans (<see cref="IArticleStore.ArticleHeads"/>, <see cref="IArticleStore.BodySpans"/>).</summary>
public static class ArticleReads
{
    /// <summary>
    /// An article row's metadata, as every store lays its columns out: source at column 2, then title, outlet, url,
    /// published, published from, published to, dateline, byline, wire, language and captions (as JSON text) at 4 to 14;
    /// <paramref name="date"/> reads a date column the store's way (null when NULL).
    /// </summary>
    public static ArticleMetadata Metadata(DbDataReader r, Func<DbDataReader, int, DateOnly?> date)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(date);
        DateOnly? from = date(r, 8);
        DateOnly? to = date(r, 9);
        return new ArticleMetadata
        {
            Source = r.GetString(2),
            Title = Text(r, 4),
            Outlet = Text(r, 5),
            Url = Text(r, 6),
            Published = date(r, 7),
            PublishedRange = from is { } f && to is { } t ? new DateRange(f, t) : null,
            Dateline = Text(r, 10),
            Byline = Text(r, 11),
            Wire = Text(r, 12),
            Language = Text(r, 13),
            Captions = JsonSerializer.Deserialize<List<string>>(r.GetString(14)) ?? [],
        };

        static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
    }

    /// <summary>
    /// The span's text from <paramref name="text"/>, the whole body or its start (a store may read only the first
    /// <see cref="ArticleSpan.End"/> characters, counted in code points: never fewer UTF-16 units than that); null when
    /// the span is empty, starts before 0, or ends past the text.
    /// </summary>
    public static string? Cut(string text, ArticleSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        return span.Start >= 0 && span.Start < span.End && span.End <= text.Length ? text[span.Start..span.End] : null;
    }

    /// <summary>
    /// The heads of the articles with <paramref name="ids"/> that <paramref name="read"/> gives for those ids (each
    /// once, in the order first given; not called when there are none), in that order.
    /// </summary>
    public static List<ArticleHead> HeadsInOrder(IReadOnlyCollection<string> ids, Func<IReadOnlyCollection<string>, IEnumerable<ArticleHead>> read)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(read);
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string id in ids)
        {
            order.TryAdd(id, order.Count);
        }

        if (order.Count == 0)
        {
            return [];
        }

        var heads = read(order.Keys).ToList();
        heads.Sort((a, b) => order[a.Id].CompareTo(order[b.Id]));
        return heads;
    }

    /// <summary>
    /// The text of each span, in the order given, from what <paramref name="read"/> gives for them (not called when
    /// there are none): for each span whose article is stored, its index and the article's body or its start up to the
    /// span's end (<see cref="Cut"/>); null for the others.
    /// </summary>
    public static IReadOnlyList<string?> Spans(IReadOnlyList<ArticleSpan> spans, Func<IReadOnlyList<ArticleSpan>, IEnumerable<(int Index, string Text)>> read)
    {
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(read);
        var texts = new string?[spans.Count];
        if (spans.Count > 0)
        {
            foreach (var (i, text) in read(spans))
            {
                texts[i] = Cut(text, spans[i]);
            }
        }

        return texts;
    }
}
