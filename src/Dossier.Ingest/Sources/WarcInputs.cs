using System.Globalization;
using Dossier.Ingest.Warc;

namespace Dossier.Ingest.Sources;

/// <summary>
/// Reads a crawl archive (<c>.warc</c>, <c>.warc.gz</c>) as inputs: every 2xx response whose Content-Type is HTML
/// becomes an article known by its target URI, extracted with the record's HTTP headers (charset) and URL (dates in
/// the path). Redirects, errors, images and scripts are not articles and are passed over. The crawl date is never
/// taken for the publication date. Two captures of one URL with different text become two versions, in file order.
/// </summary>
public sealed class WarcInputs
{
    private readonly IngestOptions options;

    public WarcInputs(IngestOptions? options = null) => this.options = options ?? new IngestOptions();

    /// <summary>True for the file names read as WARC: <c>.warc</c> and <c>.warc.gz</c>.</summary>
    public static bool IsWarc(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.EndsWith(".warc", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Streams the archive's articles; every problem (truncation, a record that cannot be read, a page without text) is a failure naming the archive.</summary>
    public IEnumerable<ReadResult> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Stream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Fail(path, $"cannot be read: {ex.Message}")];
        }

        return Read(path, stream);
    }

    private IEnumerable<ReadResult> Read(string path, Stream stream)
    {
        var reader = new WarcReader { MaxRecordBytes = options.MaxHtmlBytes };
        int reported = 0;
        int pages = 0;
        using (stream)
        {
            foreach (var response in reader.ReadResponses(stream, path))
            {
                foreach (var problem in Unreported(reader, path, ref reported))
                {
                    yield return ReadResult.Fail(path, problem);
                }

                if (response.HttpStatus is < 200 or >= 300 || !PageInputs.IsHtml(response.ContentType))
                {
                    continue;
                }

                pages++;
                var result = PageInputs.Extract(response.TargetUri.AbsoluteUri, response.Payload, response.ContentType, response.TargetUri);
                yield return result.Failure is { } f ? ReadResult.Fail(path, $"{f.Source} ({Capture(response)}) {f.Reason}") : result;
            }
        }

        foreach (var problem in Unreported(reader, path, ref reported))
        {
            yield return ReadResult.Fail(path, problem);
        }

        if (pages == 0 && reader.Problems.Count == 0)
        {
            yield return ReadResult.Fail(path, string.Create(CultureInfo.InvariantCulture,
                $"holds no HTML response with a 2xx status ({reader.RecordsRead} records read); nothing to ingest"));
        }
    }

    private static List<string> Unreported(WarcReader reader, string path, ref int reported)
    {
        // The reader's messages start with the archive's name, which the failure already carries.
        var fresh = reader.Problems.Skip(reported).Select(p => $"{p.Code}: {p.Message.Replace(path + ": ", string.Empty, StringComparison.Ordinal).Replace(path + " ", string.Empty, StringComparison.Ordinal)}").ToList();
        reported = reader.Problems.Count;
        return fresh;
    }

    private static string Capture(WarcResponse response) =>
        response.Date is { } d ? "captured " + d.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) : "capture date unknown";
}
