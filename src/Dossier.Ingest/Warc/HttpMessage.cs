using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Dossier.Ingest.Warc;

/// <summary>Splits a recorded HTTP response into status, headers and payload, undoing chunking and gzip/deflate.</summary>
internal static class HttpMessage
{
    public static bool TryParse(byte[] block, out int status, out IReadOnlyDictionary<string, string> headers, out byte[] payload)
    {
        status = 0;
        headers = new Dictionary<string, string>();
        payload = [];
        var end = IndexOf(block, "\r\n\r\n"u8);
        var separator = 4;
        if (end < 0)
        {
            end = IndexOf(block, "\n\n"u8);
            separator = 2;
        }
        if (end < 0)
            return false;
        var lines = Encoding.Latin1.GetString(block, 0, end).Split('\n');
        var statusParts = lines[0].Trim().Split(' ', 3);
        if (statusParts.Length < 2 || !statusParts[0].StartsWith("HTTP/", StringComparison.Ordinal)
            || !int.TryParse(statusParts[1], NumberStyles.None, CultureInfo.InvariantCulture, out status))
            return false;
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
                map[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        headers = map;
        payload = block[(end + separator)..];
        try
        {
            if (map.TryGetValue("Transfer-Encoding", out var te) && te.Contains("chunked", StringComparison.OrdinalIgnoreCase))
                payload = Dechunk(payload);
            if (map.TryGetValue("Content-Encoding", out var ce))
                payload = Decompress(payload, ce.Trim().ToLowerInvariant());
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or IOException)
        {
            // Keep the bytes as recorded: a page that cannot be decoded is reported by the extractor as empty.
        }
        return true;
    }

    private static byte[] Dechunk(byte[] data)
    {
        using var output = new MemoryStream(data.Length);
        var pos = 0;
        while (pos < data.Length)
        {
            var lineEnd = IndexOf(data.AsSpan(pos), "\r\n"u8);
            if (lineEnd < 0)
                break;
            var sizeText = Encoding.ASCII.GetString(data, pos, lineEnd).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size == 0)
                break;
            pos += lineEnd + 2;
            size = Math.Min(size, data.Length - pos);
            output.Write(data, pos, size);
            pos += size + 2;
        }
        return output.ToArray();
    }

    private static byte[] Decompress(byte[] data, string encoding)
    {
        Stream? decoder = encoding switch
        {
            "gzip" or "x-gzip" => new GZipStream(new MemoryStream(data), CompressionMode.Decompress),
            "deflate" => new ZLibStream(new MemoryStream(data), CompressionMode.Decompress),
            "br" => new BrotliStream(new MemoryStream(data), CompressionMode.Decompress),
            _ => null,
        };
        if (decoder is null)
            return data;
        using (decoder)
        {
            using var output = new MemoryStream();
            decoder.CopyTo(output);
            return output.ToArray();
        }
    }

    private static int IndexOf(ReadOnlySpan<byte> data, ReadOnlySpan<byte> value) => data.IndexOf(value);
}
