using System.IO.Compression;
using System.Text.Json;

namespace Dossier.Ingest.Tests;

/// <summary>Real news pages from trafilatura's evaluation set in ../shared/data, read at test time (never copied into the repository).</summary>
internal static class TrafilaturaPages
{
    public const string Guardian = "theguardian.com.academics.html";
    public const string Bbc = "bbc.com.52241221.html";

    private static string Folder => Path.Combine(
        Dossier.Resources.SharedData.Root ?? throw new DirectoryNotFoundException("../shared/data is missing: these tests serve real pages from trafilatura-eval"),
        "trafilatura-eval");

    /// <summary>The page's bytes as the site sent them.</summary>
    public static byte[] Bytes(string file)
    {
        using var gzip = new GZipStream(File.OpenRead(Path.Combine(Folder, "html", file + ".gz")), CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gzip.CopyTo(memory);
        return memory.ToArray();
    }

    /// <summary>The page as text (both pages used here are UTF-8).</summary>
    public static string Text(string file) => System.Text.Encoding.UTF8.GetString(Bytes(file));

    /// <summary>The gold "with" snippets of the page: text its article must contain.</summary>
    public static IReadOnlyList<string> With(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, "evaldata.json")));
        var entry = json.RootElement.EnumerateObject().Single(e => e.Value.GetProperty("file").GetString() == file).Value;
        return [.. entry.GetProperty("with").EnumerateArray().Select(s => s.GetString()!)];
    }
}
