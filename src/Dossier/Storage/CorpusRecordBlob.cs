namespace Dossier.Storage;

/// <summary>
/// The encoded corpus record of one stored article version (<see cref="Corpus.Records.ArticleCorpusRecordCodec"/>):
/// what the corpus stages need of the article, kept so that a rebuild need not load its document again.
/// </summary>
/// <param name="Article">The article version the record was taken from.</param>
/// <param name="Data">The record's bytes.</param>
public sealed record CorpusRecordBlob(ArticleVersion Article, byte[] Data);
