namespace Dossier.Storage;

/// <summary>How an article is found by the name of the file it was ingested from (<see cref="IArticleStore.FindArticle"/>).</summary>
public static class SourceNames
{
    /// <summary>Whether <paramref name="key"/> is the file name of <paramref name="source"/>, with or without its extension (a string operation: no file is touched).</summary>
    public static bool Names(string source, string key)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(key);
        return string.Equals(Path.GetFileName(source), key, StringComparison.Ordinal) ||
            string.Equals(Path.GetFileNameWithoutExtension(source), key, StringComparison.Ordinal);
    }
}
