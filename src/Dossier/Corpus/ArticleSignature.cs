namespace Dossier.Corpus;

/// <summary>
/// What <see cref="DuplicateDetector"/> needs of one article: its MinHash signature, the wire it credits and its
/// publication day. Computed while the article's document is at hand, so the document can go before the stage runs.
/// </summary>
/// <param name="Id">The article's id.</param>
/// <param name="Published">The day the article states it appeared, or null (an undated copy is never the canonical one while a dated copy exists).</param>
/// <param name="Wire">The wire service the article credits, or null.</param>
/// <param name="Signature">The MinHash signature of its text (<see cref="MinHash.Signature"/>).</param>
public sealed record ArticleSignature(string Id, DateOnly? Published, string? Wire, ulong[] Signature)
{
    /// <summary>The record of an article, read from its document.</summary>
    public static ArticleSignature Of(CorpusArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ArticleSignature(article.Id, article.Metadata.Published, article.Metadata.Wire, MinHash.Signature(article.Document.Text));
    }
}
