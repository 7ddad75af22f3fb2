namespace Dossier.Storage;

/// <summary>Cuts a span from an article's body, or from as much of its start as a store read (<see cref="IArticleStore.BodySpans"/>).</summary>
public static class ArticleSpans
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
}
