using System.CommandLine;
using Dossier.Ingest.Http;
using Dossier.Ingest.Sources;

namespace Dossier.Cli;

/// <summary>The options of <c>ingest</c> and <c>enqueue</c> that fetch from the web: feeds, URL lists, and how to fetch.</summary>
internal sealed class WebSourceOptions
{
    public Option<string[]> Feed { get; } = new("--feed")
    {
        Description = "An RSS 2.0 or Atom feed, as a file or an http(s) URL: each item's page is fetched and its article extracted (repeatable).",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string[]> Urls { get; } = new("--urls")
    {
        Description = "A file of page URLs, one a line (# comments): each page is fetched and its article extracted (repeatable).",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string> Timeout { get; } = new("--timeout") { Description = "Time allowed for one request: 20s, 500ms, 1m (default 20s).", DefaultValueFactory = _ => "20s" };

    public Option<int> Retries { get; } = new("--retries") { Description = "Retries after a timeout, network error, 408, 429 or 5xx, with exponential backoff from 1 s (default 2).", DefaultValueFactory = _ => 2 };

    public Option<string> Delay { get; } = new("--delay") { Description = "Least time between two requests to one host (default 1s).", DefaultValueFactory = _ => "1s" };

    public IEnumerable<Option> All => [Feed, Urls, Timeout, Retries, Delay];

    /// <summary>True when the command line names a feed or a URL list.</summary>
    public bool Any(ParseResult parse) => (parse.GetValue(Feed)?.Length ?? 0) + (parse.GetValue(Urls)?.Length ?? 0) > 0;

    /// <summary>The fetcher options, or null after printing what is wrong with them.</summary>
    public PageFetcherOptions? Fetching(ParseResult parse)
    {
        if (Durations.TryParse(parse.GetValue(Timeout)!) is not { } timeout || timeout <= TimeSpan.Zero)
        {
            Consoles.Error($"DOS0445: --timeout {parse.GetValue(Timeout)} is not a positive duration; write e.g. 20s, 500ms or 1m");
            return null;
        }

        if (Durations.TryParse(parse.GetValue(Delay)!) is not { } delay)
        {
            Consoles.Error($"DOS0445: --delay {parse.GetValue(Delay)} is not a duration; write e.g. 1s, 250ms or 0");
            return null;
        }

        if (parse.GetValue(Retries) is < 0 or > 10)
        {
            Consoles.Error($"DOS0445: --retries {parse.GetValue(Retries)} must be between 0 and 10");
            return null;
        }

        return PageFetcherOptions.Default with { AttemptTimeout = timeout, PolitenessDelay = delay, MaxRetries = parse.GetValue(Retries) };
    }

    /// <summary>The inputs of every feed, then every URL list, read lazily through <paramref name="reader"/>.</summary>
    public IEnumerable<ReadResult> Read(ParseResult parse, WebInputReader reader) =>
        (parse.GetValue(Feed) ?? []).SelectMany(reader.ReadFeed).Concat((parse.GetValue(Urls) ?? []).SelectMany(reader.ReadUrls));
}
