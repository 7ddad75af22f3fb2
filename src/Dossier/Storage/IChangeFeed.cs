namespace Dossier.Storage;

/// <summary>One article version that landed in the store.</summary>
public sealed record ArticleChange(long Seq, string ArticleId, int Version);

/// <summary>
/// What landed in the store, for corpus stages that run incrementally after articles are saved. Each named consumer
/// sees every change exactly once, however many workers call <see cref="Drain"/> at once: one of them applies the
/// pending changes and moves the consumer's cursor in the same transaction; the others return at once.
/// </summary>
public interface IChangeFeed
{
    /// <summary>
    /// Applies the changes <paramref name="consumer"/> has not seen. Returns how many were applied, or -1 when another
    /// worker is applying them right now (it will also apply what this worker saved). If <paramref name="apply"/>
    /// throws, the cursor does not move and the same changes come again: stages must be idempotent.
    /// </summary>
    int Drain(string consumer, Action<IReadOnlyList<ArticleChange>> apply);
}
