namespace Dossier.Storage;

/// <summary>
/// How much of a match a store's search ranks. Ranking reads every ranked sentence, so an unbounded search costs in
/// proportion to the store's size; ranking only the matching sentences stored last keeps it flat (docs/benchmarks.md).
/// </summary>
public static class SearchBounds
{
    /// <summary>
    /// A search ranks at most this many matching sentences: those stored last (the newest articles and versions).
    /// Older matches are found only by a more specific query.
    /// </summary>
    public const int Candidates = 200;

    /// <summary>
    /// The matching sentences a search for <paramref name="limit"/> hits ranks: <see cref="Candidates"/>, or more when
    /// more hits are asked for (every one of them is then returned, as before), so its cost follows what is asked, not
    /// the store's size.
    /// </summary>
    public static int For(int limit) => Math.Max(Candidates, limit);
}
