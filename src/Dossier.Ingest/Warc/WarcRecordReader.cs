using System.Globalization;
using System.Text;

namespace Dossier.Ingest.Warc;

/// <summary>Reads one WARC record (version line, named fields, Content-Length bytes of block, blank lines) from a stream.</summary>
internal static class WarcRecordReader
{
    /// <summary>A record's header fields and block; <paramref name="SkippedLength"/> is the block's length when it was over the limit and skipped (the block is then empty).</summary>
    internal sealed record RawRecord(Dictionary<string, string> Headers, byte[] Block, long SkippedLength = 0)
    {
        public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;
    }

    /// <summary>The next record, or null at a clean end of the stream; a block longer than <paramref name="maxBlock"/> is read past, not kept.</summary>
    public static RawRecord? Next(Stream stream, long maxBlock = int.MaxValue)
    {
        string? line;
        do
        {
            line = ReadLine(stream);
            if (line is null)
                return null;
        }
        while (line.Length == 0);
        if (!line.StartsWith("WARC/", StringComparison.Ordinal))
            throw new FormatException($"expected a WARC version line, found '{Shorten(line)}'");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while ((line = ReadLine(stream)) is { Length: > 0 })
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        if (line is null)
            throw new EndOfStreamException("the stream ends inside a record header");
        if (!headers.TryGetValue("Content-Length", out var lengthText) || !long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length < 0 || length > int.MaxValue)
            throw new FormatException("a record has no valid Content-Length");
        if (length > maxBlock)
        {
            Skip(stream, length);
            return new RawRecord(headers, [], length);
        }

        var block = new byte[length];
        stream.ReadExactly(block);
        return new RawRecord(headers, block);
    }

    private static void Skip(Stream stream, long length)
    {
        var buffer = new byte[81920];
        while (length > 0)
        {
            var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, length));
            if (read == 0)
                throw new EndOfStreamException("the stream ends inside a record block");
            length -= read;
        }
    }

    /// <summary>A line ending in LF (CR removed), decoded as UTF-8; null at the end of the stream.</summary>
    private static string? ReadLine(Stream stream)
    {
        var bytes = new List<byte>(128);
        while (true)
        {
            var b = stream.ReadByte();
            if (b < 0)
            {
                if (bytes.Count == 0)
                    return null;
                throw new EndOfStreamException("the stream ends inside a header line");
            }
            if (b == '\n')
                break;
            bytes.Add((byte)b);
            if (bytes.Count > 65536)
                throw new FormatException("a header line is longer than 64 KB");
        }
        if (bytes.Count > 0 && bytes[^1] == '\r')
            bytes.RemoveAt(bytes.Count - 1);
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static string Shorten(string line) => line.Length > 40 ? line[..40] + "…" : line;
}
