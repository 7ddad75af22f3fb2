using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Dossier.Ingest.Sources;

/// <summary>Checks that bytes are text (not binary, valid UTF-8) and decodes them, saying exactly what is wrong when not.</summary>
public static class TextDecoding
{
    /// <summary>Decodes UTF-8 (a BOM is dropped); returns null and a reason when the bytes are empty, binary or not UTF-8.</summary>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, out string? reason)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        if (bytes.Length == 0)
        {
            reason = "is empty";
            return null;
        }

        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            reason = string.Create(CultureInfo.InvariantCulture, $"looks binary (NUL byte at offset {nul}), not text");
            return null;
        }

        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out int read, out int written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            reason = string.Create(CultureInfo.InvariantCulture, $"is not valid UTF-8 (byte 0x{bytes[read]:X2} at offset {read}); convert it to UTF-8 first");
            return null;
        }

        var text = new string(chars, 0, written);
        int controls = text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'));
        if (controls > text.Length / 10)
        {
            reason = string.Create(CultureInfo.InvariantCulture, $"looks binary ({controls} control characters in {text.Length}), not text");
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            reason = "is empty (only white space)";
            return null;
        }

        reason = null;
        return text;
    }

    /// <summary>A hex SHA-256 of the text as UTF-8.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
