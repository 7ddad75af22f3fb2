using Dossier.Storage;

namespace Dossier.Ingest;

/// <summary>
/// Decides whether an input is already stored: its content hash equals that of the current version of its source or
/// of any earlier one. Comparing with every version keeps re-reading idempotent when one input holds several captures
/// of a URL (a WARC archive, a feed seen twice): the older capture must not come back as a newer version. The price:
/// a page that reverts to wording stored before is not recorded again.
/// </summary>
public static class StoredVersions
{
    public static bool Holds(IArticleStore store, string source, string contentHash)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store.FindBySource(source) is not { } current)
        {
            return false;
        }

        return string.Equals(current.ContentHash, contentHash, StringComparison.Ordinal)
            || store.Versions(current.Id).Any(v => string.Equals(v.ContentHash, contentHash, StringComparison.Ordinal));
    }
}
