namespace Dossier.Storage;

/// <summary>What every store does alike around its reads of articles' heads and spans (<see cref="IArticleStore.ArticleHeads"/>, <see cref="IArticleStore.BodySpans"/>).</summary>
public static class ArticleReads
{
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
