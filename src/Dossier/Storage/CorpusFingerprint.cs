using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Dossier.Storage;

/// <summary>
/// Which article versions a corpus snapshot was built from, as one SHA-256 (hex) of the current versions in ordinal
/// id order. The snapshot keeps it, so a later ingest can tell that the snapshot is stale (articles stored by a run
/// whose rebuild did not finish: killed, out of memory) even when it stores nothing new itself.
/// </summary>
public static class CorpusFingerprint
{
    /// <summary>The fingerprint of these versions (in any order; an id listed twice counts once, as its first version).</summary>
    public static string Of(IEnumerable<ArticleVersion> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var ordered = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var v in versions)
        {
            ordered.TryAdd(v.Id, v.Version);
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (id, version) in ordered)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(id + "\t" + version.ToString(CultureInfo.InvariantCulture) + "\n"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
