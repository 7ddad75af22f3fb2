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
}
