using Dossier.Storage;

namespace Dossier.Ingest.Queue;

/// <summary>
/// A corpus stage as a worker runs it after each batch: a name (its cursor in the change feed) and what it does with
/// the article versions that landed since it last ran. It must be idempotent: after a failure it gets them again.
/// </summary>
public sealed record CorpusUpdate(string Name, Action<IReadOnlyList<ArticleChange>> Apply);
