using System.Text.Unicode;

namespace Dossier.Ingest.Html;

/// <summary>Strict UTF-8 validity, tolerating a sequence cut at the very end (truncated downloads).</summary>
internal static class Utf8Validity
{
    public static bool IsValid(ReadOnlySpan<byte> bytes, out bool hasMultiByte)
    {
        hasMultiByte = bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F) >= 0;
        if (!hasMultiByte)
            return true;
        if (Utf8.IsValid(bytes))
            return true;
        // A download cut inside a multi-byte character still is UTF-8: allow up to 3 dangling bytes at the end.
        for (var cut = 1; cut <= 3 && cut < bytes.Length; cut++)
        {
            if (Utf8.IsValid(bytes[..^cut]))
                return true;
        }
        return false;
    }
}
