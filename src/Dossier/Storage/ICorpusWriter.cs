namespace Dossier.Storage;

/// <summary>
/// Writes a new corpus snapshot into a store item by item (<see cref="Corpus.CorpusSnapshotJson"/>'s keyed items) while
/// the corpus stages run, so that no build holds the whole snapshot. What it writes is staged apart from the saved
/// snapshot, which stays whole and readable until <see cref="Commit"/> replaces it in one transaction; disposing the
/// writer without committing drops what was staged and leaves the saved snapshot as it was.
/// </summary>
public interface ICorpusWriter : IDisposable
{
    /// <summary>Stages one item; an item of the same kind and id must not be staged twice.</summary>
    void Write(string kind, string id, string json);

    /// <summary>
    /// Stages one item whose JSON is given as UTF-8, so that a large item (an entity with every mention of a country
    /// over 100,000 articles is tens of MB) is never made a string of twice its size on its way to the store.
    /// </summary>
    void Write(string kind, string id, byte[] utf8Json) => Write(kind, id, System.Text.Encoding.UTF8.GetString(utf8Json));

    /// <summary>
    /// Reads the items staged so far of each of <paramref name="kinds"/>, as <see cref="IArticleStore.ReadCorpusItems"/>
    /// reads the saved snapshot (kind by kind in the order given, each kind in ordinal order of id, none kept): what a
    /// stage that works from other stages' results (the timeline index) reads before the commit. Nothing may be staged
    /// meanwhile.
    /// </summary>
    void ReadStaged(IReadOnlyList<string> kinds, Action<string, string, string> item);

    /// <summary>Drops every item of <paramref name="kind"/> staged so far.</summary>
    void Discard(string kind);

    /// <summary>Replaces the saved snapshot with the staged items, atomically; the writer can do nothing after.</summary>
    void Commit();
}
