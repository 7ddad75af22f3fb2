namespace Dossier.Model;

/// <summary>
/// One article's text and the annotations on it. Like spaCy's <c>Doc</c>, the document owns parallel arrays
/// (tokens and their tags) and lists of span annotations; every annotation indexes <see cref="Text"/> by offset and
/// never copies it.
/// </summary>
public sealed class Document
{
    private Token[] tokens = [];
    private Sentence[] sentences = [];

    public Document(string id, string text, ArticleMetadata? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
        Metadata = metadata ?? ArticleMetadata.Empty;
    }

    public string Id { get; }

    /// <summary>The stored body text that every offset indexes.</summary>
    public string Text { get; }

    /// <summary>Metadata; stages may refine it (the temporal stage sets a publication range for undated articles).</summary>
    public ArticleMetadata Metadata { get; set; }

    public IReadOnlyList<Token> Tokens => tokens;

    public IReadOnlyList<Sentence> Sentences => sentences;

    /// <summary>Universal POS tags by token index (null until a tagger ran).</summary>
    public string?[] Upos { get; private set; } = [];

    /// <summary>Penn Treebank tags by token index.</summary>
    public string?[] Xpos { get; private set; } = [];

    public string?[] Lemmas { get; private set; } = [];

    /// <summary>The head of each token as a document-wide token index, or -1 for a sentence root (and before parsing).</summary>
    public int[] Heads { get; private set; } = [];

    /// <summary>Universal Dependencies relation of each token to its head.</summary>
    public string?[] Deprels { get; private set; } = [];

    public List<EntityMention> Entities { get; } = [];

    /// <summary>The entities the mentions in <see cref="Entities"/> resolve to (filled by the "entities" stage).</summary>
    public List<ResolvedEntity> ResolvedEntities { get; } = [];

    public List<TimexMention> Timexes { get; } = [];

    public List<QuoteMention> Quotes { get; } = [];

    public List<EventMention> Events { get; } = [];

    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>The layers the pipeline has filled so far.</summary>
    public HashSet<Layer> Layers { get; } = [];

    /// <summary>
    /// Sets tokens and sentences together, checking that every span lies inside the text, tokens are ordered and
    /// do not overlap, and sentences partition the tokens in order. Tag arrays are reset to match.
    /// </summary>
    public void SetTokens(Token[] newTokens, Sentence[] newSentences)
    {
        ArgumentNullException.ThrowIfNull(newTokens);
        ArgumentNullException.ThrowIfNull(newSentences);
        int previousEnd = 0;
        for (int i = 0; i < newTokens.Length; i++)
        {
            var t = newTokens[i];
            if (t.Start < previousEnd || t.End <= t.Start || t.End > Text.Length)
            {
                throw new ArgumentException($"DOS0001: token {i} {t.Span} is empty, overlaps its predecessor or lies outside the text (length {Text.Length}).", nameof(newTokens));
            }

            previousEnd = t.End;
        }

        int expectedFirst = 0;
        for (int s = 0; s < newSentences.Length; s++)
        {
            var sentence = newSentences[s];
            if (sentence.FirstToken != expectedFirst || sentence.TokenCount < 0 || sentence.EndToken > newTokens.Length)
            {
                throw new ArgumentException($"DOS0002: sentence {s} covers tokens [{sentence.FirstToken}, {sentence.EndToken}) but {expectedFirst} was expected next.", nameof(newSentences));
            }

            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (newTokens[i].Sentence != s)
                {
                    throw new ArgumentException($"DOS0003: token {i} says sentence {newTokens[i].Sentence} but lies in sentence {s}.", nameof(newTokens));
                }
            }

            expectedFirst = sentence.EndToken;
        }

        if (expectedFirst != newTokens.Length)
        {
            throw new ArgumentException($"DOS0004: sentences cover {expectedFirst} of {newTokens.Length} tokens.", nameof(newSentences));
        }

        tokens = newTokens;
        sentences = newSentences;
        Upos = new string?[tokens.Length];
        Xpos = new string?[tokens.Length];
        Lemmas = new string?[tokens.Length];
        Deprels = new string?[tokens.Length];
        Heads = new int[tokens.Length];
        Array.Fill(Heads, -1);
    }

    /// <summary>
    /// A copy under another id and metadata with everything the pipeline filled: new token and sentence arrays, tag
    /// arrays and annotation lists (a stage may write into them), the annotation records themselves shared (they are
    /// immutable), and the layers. Diagnostics are not copied.
    /// </summary>
    public Document Copy(string id, ArticleMetadata metadata)
    {
        var copy = new Document(id, Text, metadata);
        if (tokens.Length > 0 || sentences.Length > 0)
        {
            copy.SetTokens([.. tokens], [.. sentences]);
            Upos.CopyTo(copy.Upos, 0);
            Xpos.CopyTo(copy.Xpos, 0);
            Lemmas.CopyTo(copy.Lemmas, 0);
            Heads.CopyTo(copy.Heads, 0);
            Deprels.CopyTo(copy.Deprels, 0);
        }

        copy.Entities.AddRange(Entities);
        copy.ResolvedEntities.AddRange(ResolvedEntities);
        copy.Timexes.AddRange(Timexes);
        copy.Quotes.AddRange(Quotes);
        copy.Events.AddRange(Events);
        copy.Layers.UnionWith(Layers);
        return copy;
    }

    /// <summary>
    /// A copy for readers that need the text, the sentences and the span annotations (entities, resolved entities,
    /// date expressions, quotes, events) but no token: the corpus stages once each article's claims and re-datable
    /// expressions have been read. It shares the text, the sentence array and the annotation records with this
    /// document; it has no tokens and no tag arrays (its sentences keep the token ranges they had here, which index
    /// nothing in the copy, so a reader of tokens fails rather than reads nothing). That drops about 48 bytes per
    /// token. Diagnostics and layers are not copied.
    /// </summary>
    /// <param name="quotes">Whether the copy keeps the quotes (the corpus stages read them only while reading an
    /// article's claims, from the full document).</param>
    public Document WithoutTokens(bool quotes)
    {
        var lean = new Document(Id, Text, Metadata) { sentences = sentences };
        lean.Entities.AddRange(Entities);
        lean.ResolvedEntities.AddRange(ResolvedEntities);
        lean.Timexes.AddRange(Timexes);
        if (quotes)
        {
            lean.Quotes.AddRange(Quotes);
        }

        lean.Events.AddRange(Events);
        return lean;
    }

    /// <summary>The text of a token.</summary>
    public string TokenText(int index) => Text.Substring(tokens[index].Start, tokens[index].End - tokens[index].Start);

    /// <summary>The text of a token as a span, without allocating.</summary>
    public ReadOnlySpan<char> TokenSpan(int index) => Text.AsSpan(tokens[index].Start, tokens[index].End - tokens[index].Start);

    /// <summary>The index of the sentence containing a character offset, or -1.</summary>
    public int SentenceAt(int offset)
    {
        int lo = 0, hi = sentences.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (offset < sentences[mid].Start)
            {
                hi = mid - 1;
            }
            else if (offset >= sentences[mid].End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    /// <summary>The index of the first token whose end lies after <paramref name="offset"/>, or the token count.</summary>
    public int TokenAtOrAfter(int offset)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
