using System.Text;

namespace Dossier.Ingest.Html;

/// <summary>
/// Decides how to decode a page's bytes, in the order browsers use: byte-order mark, the HTTP Content-Type charset,
/// a &lt;meta&gt; charset in the first bytes, then sniffing (UTF-8 validity; Cyrillic single-byte code pages by
/// letter statistics; windows-1252 otherwise).
/// </summary>
public static class CharsetDetector
{
    private const int MetaScanBytes = 4096;

    static CharsetDetector() => System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/> and says which encoding was used and why.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? contentTypeHeader)
    {
        var (encoding, reason, bomLength) = Detect(bytes, contentTypeHeader);
        return new DecodedText(encoding.GetString(bytes[bomLength..]), encoding, reason);
    }

    /// <summary>
    /// Decodes an XML document (a feed): byte-order mark, the HTTP charset, the <c>encoding</c> of the XML declaration,
    /// then sniffing. XML without a declaration is UTF-8 by rule, but sniffing also reads mislabelled single-byte feeds.
    /// </summary>
    public static DecodedText DecodeXml(ReadOnlySpan<byte> bytes, string? contentTypeHeader)
    {
        var (encoding, reason, bomLength) = Detect(bytes, contentTypeHeader);
        if (reason is not ("byte-order mark" or "HTTP header") && XmlDeclaredEncoding(bytes) is { } declared && TryGet(declared) is { } fromDeclaration
            && !IsUtf8ButInvalid(fromDeclaration, bytes))
        {
            (encoding, reason, bomLength) = (fromDeclaration, "XML declaration", 0);
        }

        return new DecodedText(encoding.GetString(bytes[bomLength..]), encoding, reason);
    }

    private static string? XmlDeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        var head = System.Text.Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 256)]);
        var start = head.IndexOf("<?xml", StringComparison.Ordinal);
        var end = start < 0 ? -1 : head.IndexOf("?>", start, StringComparison.Ordinal);
        if (end < 0)
            return null;
        var declaration = head[start..end];
        var at = declaration.IndexOf("encoding", StringComparison.Ordinal);
        if (at < 0)
            return null;
        var value = declaration[(at + 8)..].TrimStart(' ', '=', '"', '\'');
        var stop = value.IndexOfAny(['"', '\'', ' ']);
        return stop <= 0 ? null : value[..stop];
    }

    /// <summary>Picks the encoding; <c>bomLength</c> is how many leading bytes to skip.</summary>
    public static (Encoding Encoding, string Reason, int BomLength) Detect(ReadOnlySpan<byte> bytes, string? contentTypeHeader)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return (new UTF8Encoding(false), "byte-order mark", 3);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return (System.Text.Encoding.Unicode, "byte-order mark", 2);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return (System.Text.Encoding.BigEndianUnicode, "byte-order mark", 2);

        var header = CharsetFromContentType(contentTypeHeader);
        if (header is not null && TryGet(header) is { } fromHeader && !IsUtf8ButInvalid(fromHeader, bytes))
            return (fromHeader, "HTTP header", 0);

        var meta = CharsetFromMeta(bytes[..Math.Min(bytes.Length, MetaScanBytes)]);
        if (meta is not null && TryGet(meta) is { } fromMeta && !IsUtf8ButInvalid(fromMeta, bytes))
            return (fromMeta, "meta charset", 0);

        return Sniff(bytes);
    }

    /// <summary>Byte sniffing alone: UTF-8 if valid, else a single-byte code page chosen by letter statistics.</summary>
    public static (Encoding Encoding, string Reason, int BomLength) Sniff(ReadOnlySpan<byte> bytes)
    {
        if (Utf8Validity.IsValid(bytes, out var multiByte))
            return (new UTF8Encoding(false), multiByte ? "sniffed: valid UTF-8" : "sniffed: ASCII", 0);
        return (CyrillicSniffer.Guess(bytes), "sniffed: single-byte letters", 0);
    }

    private static bool IsUtf8ButInvalid(Encoding encoding, ReadOnlySpan<byte> bytes) =>
        encoding.CodePage == 65001 && !Utf8Validity.IsValid(bytes, out _);

    private static Encoding? TryGet(string name)
    {
        var trimmed = name.Trim().Trim('"', '\'').ToLowerInvariant();
        // Pages label windows-1252 as ISO-8859-1 and GBK as GB2312; browsers decode with the superset, so do we.
        trimmed = trimmed switch
        {
            "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" => "windows-1252",
            "gb2312" => "gbk",
            "utf8" => "utf-8",
            _ => trimmed,
        };
        try
        {
            var encoding = System.Text.Encoding.GetEncoding(trimmed);
            return encoding.CodePage == 65001 ? new UTF8Encoding(false) : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The charset parameter of a Content-Type value, or null.</summary>
    public static string? CharsetFromContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
            return null;
        var at = contentType.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
            return null;
        var value = contentType[(at + 8)..];
        var end = value.IndexOfAny([';', ' ', ',']);
        return (end < 0 ? value : value[..end]).Trim('"', '\'');
    }

    private static string? CharsetFromMeta(ReadOnlySpan<byte> head)
    {
        // The prescan only needs ASCII: charset names and the markup around them are ASCII in every encoding we read.
        var text = System.Text.Encoding.Latin1.GetString(head);
        var at = 0;
        while ((at = text.IndexOf("<meta", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var end = text.IndexOf('>', at);
            if (end < 0)
                break;
            var tag = text[at..end];
            at = end;
            var cs = tag.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
            if (cs < 0)
                continue;
            var value = tag[(cs + 8)..].TrimStart('"', '\'', ' ');
            var stop = value.IndexOfAny(['"', '\'', ';', ' ', '/', '>']);
            var name = stop < 0 ? value : value[..stop];
            if (name.Length > 0)
                return name;
        }
        return null;
    }
}
