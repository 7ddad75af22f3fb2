using System.Globalization;
using System.Net;

namespace Dossier.Web;

/// <summary>
/// How the workbench runs, read from configuration section <c>Dossier</c> (the <c>serve</c> command and the tests set
/// it): the store, the addresses bound, the API key, and the limits on uploads and fetched pages.
/// </summary>
public sealed record WebSettings
{
    /// <summary>The configuration section the settings are read from.</summary>
    public const string Section = "Dossier";

    /// <summary>The default address: loopback only, so nothing on the network can reach the workbench.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The SQLite store file.</summary>
    public string Db { get; init; } = "dossier.db";

    /// <summary>The addresses bound, separated by ';' as ASP.NET Core takes them.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>The key every request must carry when the server is bound to anything but loopback.</summary>
    public string? ApiKey { get; init; }

    /// <summary>The largest request body accepted for uploads and pasted text, in bytes.</summary>
    public long MaxUploadBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>The largest page fetched by ingest-by-URL, in bytes.</summary>
    public long MaxFetchBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>How long ingest-by-URL waits for a page.</summary>
    public TimeSpan FetchTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Lets ingest-by-URL fetch from loopback and private addresses. Off by default so that a request cannot make the
    /// server read its own network (SSRF); the tests turn it on to fetch from a 127.0.0.1 test server.
    /// </summary>
    public bool AllowPrivateFetch { get; init; }

    /// <summary>
    /// The whole-timeline page of a snapshot with more merged events than this is read from the timeline index
    /// (<see cref="TimelinePageDates"/> dates, their events read one by one); a smaller one is read whole.
    /// </summary>
    public int TimelineInMemoryEvents { get; init; } = 20_000;

    /// <summary>How many dates (the most salient) the whole-timeline page of a large snapshot shows unless <c>top</c> asks for another number.</summary>
    public int TimelinePageDates { get; init; } = 100;

    /// <summary>How many sources and merged events each date of that page lists (the rest are counted).</summary>
    public int TimelineListedPerDate { get; init; } = 20;

    /// <summary>How many stories and how many articles the start page lists at a time (each table has its own pages).</summary>
    public int StartPageRows { get; init; } = 50;

    /// <summary>True when every bound address is a loopback address (127.0.0.0/8, ::1 or localhost).</summary>
    public bool LoopbackOnly => BoundHosts().All(IsLoopbackHost);

    /// <summary>True when requests must carry the API key: the server can be reached from other machines.</summary>
    public bool RequiresKey => !LoopbackOnly;

    /// <summary>Reads the settings from configuration section <see cref="Section"/>.</summary>
    public static WebSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var s = configuration.GetSection(Section);
        var d = new WebSettings();
        return new WebSettings
        {
            Db = s["Db"] is { Length: > 0 } db ? db : d.Db,
            Urls = s["Urls"] is { Length: > 0 } urls ? urls : HostUrls(configuration) ?? d.Urls,
            ApiKey = s["ApiKey"] is { Length: > 0 } key ? key : null,
            MaxUploadBytes = long.TryParse(s["MaxUploadBytes"], NumberStyles.None, CultureInfo.InvariantCulture, out long max) && max > 0 ? max : d.MaxUploadBytes,
            MaxFetchBytes = long.TryParse(s["MaxFetchBytes"], NumberStyles.None, CultureInfo.InvariantCulture, out long fetch) && fetch > 0 ? fetch : d.MaxFetchBytes,
            AllowPrivateFetch = bool.TryParse(s["AllowPrivateFetch"], out bool allow) && allow,
            TimelineInMemoryEvents = int.TryParse(s["TimelineInMemoryEvents"], NumberStyles.None, CultureInfo.InvariantCulture, out int inMemory) ? inMemory : d.TimelineInMemoryEvents,
            TimelinePageDates = int.TryParse(s["TimelinePageDates"], NumberStyles.None, CultureInfo.InvariantCulture, out int dates) && dates > 0 ? dates : d.TimelinePageDates,
            TimelineListedPerDate = int.TryParse(s["TimelineListedPerDate"], NumberStyles.None, CultureInfo.InvariantCulture, out int listed) && listed > 0 ? listed : d.TimelineListedPerDate,
            StartPageRows = int.TryParse(s["StartPageRows"], NumberStyles.None, CultureInfo.InvariantCulture, out int rows) && rows > 0 ? rows : d.StartPageRows,
        };
    }

    /// <summary>
    /// The addresses ASP.NET Core itself would bind from its own settings (<c>--urls</c>, <c>ASPNETCORE_URLS</c>,
    /// <c>ASPNETCORE_HTTP_PORTS</c>, which binds every interface), so the key check sees what is really bound.
    /// </summary>
    internal static string? HostUrls(IConfiguration configuration)
    {
        if (configuration["urls"] is { Length: > 0 } urls)
        {
            return urls;
        }

        var ports = new[] { ("http", configuration["http_ports"]), ("https", configuration["https_ports"]) }
            .Where(p => p.Item2 is { Length: > 0 })
            .SelectMany(p => p.Item2!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(port => $"{p.Item1}://*:{port}"))
            .ToList();
        return ports.Count > 0 ? string.Join(';', ports) : null;
    }

    /// <summary>Refuses settings that would expose the workbench without authentication.</summary>
    /// <exception cref="InvalidOperationException">DOS1101 when bound off loopback without an API key; DOS1102 for a URL that cannot be read.</exception>
    public void Validate()
    {
        foreach (string url in Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw new InvalidOperationException($"DOS1102: '{url}' is not an http:// or https:// address; give --urls like {DefaultUrls}.");
            }
        }

        if (RequiresKey && ApiKey is null)
        {
            throw new InvalidOperationException(
                $"DOS1101: refusing to serve on {Urls} without an API key: that address can be reached from other machines. " +
                "Give --api-key KEY (every request must then carry it), or bind to loopback (--urls http://127.0.0.1:5080).");
        }

        if (ApiKey is { Length: < 12 })
        {
            throw new InvalidOperationException("DOS1103: the API key is shorter than 12 characters; choose a longer, random one.");
        }
    }

    private IEnumerable<string> BoundHosts() =>
        Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(HostOf);

    private static string HostOf(string url)
    {
        int scheme = url.IndexOf("://", StringComparison.Ordinal);
        string rest = scheme >= 0 ? url[(scheme + 3)..] : url;
        int slash = rest.IndexOf('/', StringComparison.Ordinal);
        rest = slash >= 0 ? rest[..slash] : rest;
        if (rest.StartsWith('['))
        {
            int close = rest.IndexOf(']', StringComparison.Ordinal);
            return close > 0 ? rest[1..close] : rest;
        }

        int colon = rest.LastIndexOf(':');
        return colon >= 0 ? rest[..colon] : rest;
    }

    private static bool IsLoopbackHost(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
}
