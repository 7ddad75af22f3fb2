using Dossier.Events;
using Dossier.Model;

namespace Dossier.Claims;

/// <summary>
/// One annotated document as the claim and agreement finders read it: a dependency graph per sentence (built once),
/// the entity mention over each token, and text slices by token range.
/// </summary>
public sealed class ParsedArticle
{
    private readonly SentenceGraph?[] graphs;
    private readonly int[] entityOfToken;

    /// <param name="metadata">The article's metadata when the corpus knows more than the document (a publication range
    /// other articles narrowed); the document's own metadata otherwise.</param>
    public ParsedArticle(Document document, ArticleMetadata? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
        Metadata = metadata ?? document.Metadata;
        graphs = new SentenceGraph?[document.Sentences.Count];
        entityOfToken = new int[document.Tokens.Count];
        Array.Fill(entityOfToken, -1);
        for (int e = 0; e < document.Entities.Count; e++)
        {
            var m = document.Entities[e];
            for (int t = document.TokenAtOrAfter(m.Start); t < document.Tokens.Count && document.Tokens[t].Start < m.End; t++)
            {
                if (entityOfToken[t] < 0)
                {
                    entityOfToken[t] = e;
                }
            }
        }
    }

    public Document Document { get; }

    /// <summary>What dates are read against: the publication day, or the (possibly narrowed) publication range.</summary>
    public ArticleMetadata Metadata { get; }

    public string Text => Document.Text;

    /// <summary>Whether the document has a dependency parse to read.</summary>
    public bool HasParse => Document.Tokens.Count > 0 && Document.Deprels.Length == Document.Tokens.Count && Document.Deprels.Any(d => d is not null);

    public SentenceGraph Graph(int sentence) => graphs[sentence] ??= new SentenceGraph(Document, sentence);

    /// <summary>The entity mention over a document token, or null.</summary>
    public EntityMention? EntityAt(int token) => token >= 0 && token < entityOfToken.Length && entityOfToken[token] >= 0 ? Document.Entities[entityOfToken[token]] : null;

    /// <summary>The text from the start of token <paramref name="first"/> to the end of token <paramref name="last"/> (document indexes).</summary>
    public string Slice(int first, int last) => Text[Document.Tokens[first].Start..Document.Tokens[last].End];

    public TextSpan Span(int first, int last) => new(Document.Tokens[first].Start, Document.Tokens[last].End);

    /// <summary>Whether some token of a sentence has a lemma in <paramref name="words"/>: a cheap test before walking its parse.</summary>
    public bool SentenceHas(int sentence, Func<string, bool> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var s = Document.Sentences[sentence];
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            if (words(Lemma(t)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The lemma of a document token, lower case (the form when there is none).</summary>
    public string Lemma(int token) => (Document.Lemmas.Length > token ? Document.Lemmas[token] : null)?.ToLowerInvariant() ?? Document.TokenText(token).ToLowerInvariant();
}
