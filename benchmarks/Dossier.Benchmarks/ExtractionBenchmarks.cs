using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using Dossier.Benchmarks;
using Dossier.Ingest.Html;
using Dossier.Resources;

namespace Dossier.Benchmarks.Stages;

/// <summary>
/// HTML extraction (decoding, cleaning, locating the article, writing its text) on trafilatura's evaluation pages:
/// every 10th page of ../shared/data/trafilatura-eval/html, in name order.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private byte[][] pages = [];

    [GlobalSetup]
    public void Setup()
    {
        string folder = SharedData.Combine("trafilatura-eval", "html");
        pages = [.. Directory.EnumerateFiles(folder, "*.html.gz").Order(StringComparer.Ordinal).Where((_, i) => i % 10 == 0).Select(Read)];
        long words = pages.Sum(p => (long)PipelineBenchmark.CountWords(HtmlArticleExtractor.Extract(p, null, null).Body));
        WordsPerSecondColumn.Register(WordsPerSecondColumn.Key(nameof(Extract), null), words);
    }

    [Benchmark]
    public int Extract()
    {
        int chars = 0;
        foreach (byte[] page in pages)
        {
            chars += HtmlArticleExtractor.Extract(page, null, null).Body.Length;
        }

        return chars;
    }

    private static byte[] Read(string path)
    {
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gz.CopyTo(buffer);
        return buffer.ToArray();
    }
}
