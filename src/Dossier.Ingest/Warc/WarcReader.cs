using System.Globalization;
using System.IO.Compression;
using Dossier.Model;

namespace Dossier.Ingest.Warc;

/// <summary>
/// Streams the response records of a WARC/1.0 or WARC/1.1 file, plain or gzip-compressed with one member per
/// record (as Common Crawl's news crawl publishes them). A truncated or corrupt file ends the stream with a
/// diagnostic in <see cref="Problems"/>; the records read until then are kept.
/// </summary>
public sealed class WarcReader
{
    private const string Stage = "warc";
    private readonly List<Diagnostic> _problems = [];

    /// <summary>What went wrong while reading: truncation, malformed records, records skipped.</summary>
    public IReadOnlyList<Diagnostic> Problems => _problems;

    /// <summary>Blocks longer than this are read past and reported (<c>DOS0434</c>), never held in memory. Default 64 MB.</summary>
    public long MaxRecordBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>How many records (of any type) were read.</summary>
    public int RecordsRead { get; private set; }

    /// <summary>Opens a file (".gz" or gzip magic bytes mean compressed) and streams its responses.</summary>
    public IEnumerable<WarcResponse> ReadFile(string path)
    {
        using var file = File.OpenRead(path);
        foreach (var response in ReadResponses(file, path))
            yield return response;
    }

    /// <summary>Streams the response records of <paramref name="stream"/>; <paramref name="name"/> labels diagnostics.</summary>
    public IEnumerable<WarcResponse> ReadResponses(Stream stream, string name = "WARC")
    {
        ArgumentNullException.ThrowIfNull(stream);
        var gzip = stream.CanSeek ? IsGzip(stream) : name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        Stream input = new BufferedStream(stream, 1 << 16);
        // GZipStream reads concatenated members, so a member-per-record file decompresses as one stream.
        Stream source = gzip ? new BufferedStream(new GZipStream(input, CompressionMode.Decompress), 1 << 16) : input;
        using (source)
        {
            while (true)
            {
                WarcRecordReader.RawRecord? record;
                try
                {
                    record = WarcRecordReader.Next(source, MaxRecordBytes);
                }
                catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or IOException or FormatException)
                {
                    _problems.Add(new Diagnostic("DOS0431", Stage,
                        $"{name} is truncated or corrupt after {RecordsRead} records ({ex.Message}); the records before it were read.",
                        DiagnosticSeverity.Error));
                    yield break;
                }
                if (record is null)
                    yield break;
                RecordsRead++;
                var response = ToResponse(record, name);
                if (response is not null)
                    yield return response;
            }
        }
    }

    private static bool IsGzip(Stream stream)
    {
        var start = stream.Position;
        var first = stream.ReadByte();
        var second = stream.ReadByte();
        stream.Position = start;
        return first == 0x1F && second == 0x8B;
    }

    private WarcResponse? ToResponse(WarcRecordReader.RawRecord record, string name)
    {
        if (!string.Equals(record.Header("WARC-Type"), "response", StringComparison.OrdinalIgnoreCase))
            return null;
        var target = record.Header("WARC-Target-URI")?.Trim('<', '>', ' ');
        if (target is null || !Uri.TryCreate(target, UriKind.Absolute, out var uri))
        {
            _problems.Add(new Diagnostic("DOS0432", Stage, $"{name}: record {RecordsRead} has no valid WARC-Target-URI; skipped.", DiagnosticSeverity.Warning));
            return null;
        }
        if (record.SkippedLength > 0)
        {
            _problems.Add(new Diagnostic("DOS0434", Stage,
                string.Create(CultureInfo.InvariantCulture, $"{name}: the response for {uri} is {record.SkippedLength / 1_048_576.0:0.0} MB, over the {MaxRecordBytes / 1_048_576.0:0.0} MB limit; skipped."),
                DiagnosticSeverity.Warning));
            return null;
        }
        DateTimeOffset? date = DateTimeOffset.TryParse(record.Header("WARC-Date"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;
        if (!HttpMessage.TryParse(record.Block, out var status, out var headers, out var payload))
        {
            _problems.Add(new Diagnostic("DOS0433", Stage, $"{name}: the response for {uri} has no readable HTTP header; skipped.", DiagnosticSeverity.Warning));
            return null;
        }
        return new WarcResponse(uri, date, record.Header("WARC-Record-ID"), status, headers, payload);
    }
}
