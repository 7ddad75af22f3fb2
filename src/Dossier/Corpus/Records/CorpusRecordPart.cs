namespace Dossier.Corpus.Records;

/// <summary>
/// The parts of an encoded <see cref="ArticleCorpusRecord"/>, one per corpus stage, in the order they are stored. The
/// evidence view's units come first, so that they are read from a record's first bytes (<see cref="ArticleCorpusRecordCodec.ReadFirst{T}"/>).
/// </summary>
public enum CorpusRecordPart
{
    /// <summary>The evidence view's <see cref="Entities.ArticleEntityUnits"/>.</summary>
    Units,

    /// <summary>The duplicates stage's <see cref="ArticleSignature"/>.</summary>
    Signature,

    /// <summary>The stories stage's <see cref="ArticleTerms"/>.</summary>
    Terms,

    /// <summary>The entities stage's nodes.</summary>
    Nodes,

    /// <summary>The event-merging stage's <see cref="EventMerging.ArticleEvents"/>.</summary>
    Events,

    /// <summary>The claims stage's <see cref="Claims.ArticleClaims"/>.</summary>
    Claims,

    /// <summary>The mention listing's <see cref="Entities.ArticleMentions"/>.</summary>
    Mentions,
}
