namespace Dossier.Storage.Sqlite;

/// <summary>A sentence that matches a search, before ranking: its row in <c>sentence_text</c>, where it is, and its words.</summary>
/// <param name="Row">The sentence's rowid (higher: stored later).</param>
/// <param name="Article">The article's id.</param>
/// <param name="Version">The article's version.</param>
/// <param name="Idx">The sentence's index in the article.</param>
/// <param name="Text">The sentence.</param>
/// <param name="Terms">Its folded search tokens (<see cref="SearchTokens"/>), in order, for ranking.</param>
internal sealed record SearchCandidate(long Row, string Article, int Version, int Idx, string Text, IReadOnlyList<string> Terms)
{
    /// <summary>A candidate with the words of its text.</summary>
    public static SearchCandidate Of(long row, string article, int version, int idx, string text) =>
        new(row, article, version, idx, text, [.. SearchTokens.Tokenize(text).Select(t => t.Term)]);
}
