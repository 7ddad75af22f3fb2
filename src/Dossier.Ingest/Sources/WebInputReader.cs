using System.Globalization;
using Dossier.Ingest.Feeds;
using Dossier.Ingest.Html;
using Dossier.Ingest.Http;

namespace Dossier.Ingest.Sources;

/// <summary>
/// Turns feeds (RSS 2.0, Atom; a file or a URL) and URL lists into inputs by fetching each page with a
/// <see cref="PageFetcher"/> and extracting its article. A few pages are fetched at once (the fetcher keeps its
/// per-host politeness delay), and the inputs come out in feed or list order. Every problem (a feed that cannot be
/// read, a broken item, a page that times out, answers an error or holds no article) is a failure naming the feed,
/// list line or URL and the reason; the rest go on. A URL met twice in one run is fetched once.
/// </summary>
public sealed class WebInputReader
{
    private readonly PageFetcher fetcher;
    private readonly int parallel;
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    /// <param name="fetcher">Fetches feeds and pages (timeouts, retries, politeness, size limit).</param>
    /// <param name="parallel">Pages in flight at once (default 4).</param>
    public WebInputReader(PageFetcher fetcher, int parallel = 4)
    {
        this.fetcher = fetcher ?? throw new ArgumentNullException(nameof(fetcher));
        this.parallel = Math.Max(1, parallel);
    }

    /// <summary>Reads a feed (a file, or an http(s) URL that is fetched) and yields one input per item's page.</summary>
    /// <remarks>Nothing is fetched until the inputs are enumerated.</remarks>
    public IEnumerable<ReadResult> ReadFeed(string feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        return Deferred(() => FeedInputs(feed));
    }

    /// <summary>Reads a file of URLs (one a line; blank lines and lines starting with # are skipped) and yields one input per page.</summary>
    /// <remarks>Nothing is fetched until the inputs are enumerated.</remarks>
    public IEnumerable<ReadResult> ReadUrls(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Deferred(() => UrlInputs(file));
    }

    private static IEnumerable<ReadResult> Deferred(Func<IEnumerable<ReadResult>> start)
    {
        foreach (var result in start())
        {
            yield return result;
        }
    }

    private IEnumerable<ReadResult> FeedInputs(string feed)
    {
        var (document, failure) = LoadFeed(feed);
        if (failure is not null)
        {
            return [failure];
        }

        var problems = document!.Problems.Where(p => p.Severity == Dossier.Model.DiagnosticSeverity.Error)
            .Select(p => ReadResult.Fail(feed, $"{p.Code}: {p.Message}")).ToList();
        if (document.Items.Count == 0 && problems.Count == 0)
        {
            problems.Add(ReadResult.Fail(feed, "is not an RSS 2.0 or Atom feed, or holds no items (no <item> or <entry> with a link)"));
        }

        return problems.Concat(FetchAll(document.Items.Select(i => ((Uri?)i.Link, (ReadResult?)null, (PageHints?)new PageHints(i.Title, i.Published)))));
    }

    private IEnumerable<ReadResult> UrlInputs(string file)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Fail(file, File.Exists(file) ? $"cannot be read: {ex.Message}" : "does not exist")];
        }

        var requests = new List<(Uri?, ReadResult?, PageHints?)>();
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (Uri.TryCreate(line, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
            {
                requests.Add((url, null, null));
            }
            else
            {
                requests.Add((null, ReadResult.Fail(string.Create(CultureInfo.InvariantCulture, $"{file}:{i + 1}"), $"'{line}' is not an absolute http:// or https:// URL"), null));
            }
        }

        if (requests.Count == 0)
        {
            return [ReadResult.Fail(file, "holds no URL (one http:// or https:// URL a line)")];
        }

        return FetchAll(requests);
    }

    private (FeedReadResult? Feed, ReadResult? Failure) LoadFeed(string feed)
    {
        if (File.Exists(feed))
        {
            try
            {
                var bytes = File.ReadAllBytes(feed);
                return (FeedReader.Read(CharsetDetector.DecodeXml(bytes, null).Text), null);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return (null, ReadResult.Fail(feed, $"cannot be read: {ex.Message}"));
            }
        }

        if (!Uri.TryCreate(feed, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return (null, ReadResult.Fail(feed, "is neither a feed file nor an http:// or https:// URL"));
        }

        var fetched = fetcher.FetchAsync(url).GetAwaiter().GetResult();
        if (fetched.Outcome != FetchOutcome.Fetched)
        {
            return (null, ReadResult.Fail(feed, Reason(url, fetched)));
        }

        return (FeedReader.Read(CharsetDetector.DecodeXml(fetched.Body!, fetched.ContentType).Text, fetched.FinalUrl ?? url), null);
    }

    /// <summary>Fetches pages a few at a time and yields their inputs in request order; a request that is already a failure passes through.</summary>
    private IEnumerable<ReadResult> FetchAll(IEnumerable<(Uri? Url, ReadResult? Failure, PageHints? Hints)> requests)
    {
        var window = new Queue<Task<ReadResult>>();
        foreach (var (url, failure, hints) in requests)
        {
            if (failure is not null)
            {
                window.Enqueue(Task.FromResult(failure));
            }
            else if (seen.Add(url!.AbsoluteUri))
            {
                window.Enqueue(FetchPageAsync(url, hints));
            }

            while (window.Count >= parallel)
            {
                yield return window.Dequeue().GetAwaiter().GetResult();
            }
        }

        while (window.Count > 0)
        {
            yield return window.Dequeue().GetAwaiter().GetResult();
        }
    }

    private async Task<ReadResult> FetchPageAsync(Uri url, PageHints? hints)
    {
        string source = url.AbsoluteUri;
        try
        {
            var fetched = await fetcher.FetchAsync(url).ConfigureAwait(false);
            if (fetched.Outcome != FetchOutcome.Fetched)
            {
                return ReadResult.Fail(source, Reason(url, fetched));
            }

            if (!PageInputs.IsHtml(fetched.ContentType))
            {
                return ReadResult.Fail(source, $"is {fetched.ContentType}, not an HTML page");
            }

            return PageInputs.Extract(source, fetched.Body!, fetched.ContentType, fetched.FinalUrl ?? url, hints);
        }
#pragma warning disable CA1031 // One page must not stop the batch: whatever went wrong is reported with its URL.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return ReadResult.Fail(source, $"could not be fetched: {ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>The fetcher's diagnostic without the URL it starts with (the failure names it already).</summary>
    private static string Reason(Uri url, FetchResult fetched) => fetched.Failure is { } d
        ? $"{d.Code}: {(d.Message.StartsWith(url.ToString() + " ", StringComparison.Ordinal) ? d.Message[(url.ToString().Length + 1)..] : d.Message)}"
        : string.Create(CultureInfo.InvariantCulture, $"answered HTTP {fetched.StatusCode} without a page");
}
