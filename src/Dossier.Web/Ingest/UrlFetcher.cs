using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace Dossier.Web.Ingest;

/// <summary>
/// Fetches one page for ingest-by-URL: http(s) only, a timeout, a size limit, and, unless
/// <see cref="WebSettings.AllowPrivateFetch"/> is set, only public addresses. The address check runs when the
/// connection is made (also after redirects), so a name that resolves to a private address is refused too.
/// </summary>
internal sealed class UrlFetcher : IDisposable
{
    private readonly HttpClient client;
    private readonly long maxBytes;

    public UrlFetcher(WebSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        maxBytes = settings.MaxFetchBytes;
        bool allowPrivate = settings.AllowPrivateFetch;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 5,
            AutomaticDecompression = DecompressionMethods.All,
            UseProxy = false,
            ConnectCallback = async (context, token) =>
            {
                var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, token).ConfigureAwait(false);
                var allowed = addresses.Where(a => allowPrivate || IsPublic(a)).ToArray();
                if (allowed.Length == 0)
                {
                    throw new HttpRequestException($"DOS1121: {context.DnsEndPoint.Host} resolves only to loopback or private addresses, which ingest-by-URL does not fetch.");
                }

                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, token).ConfigureAwait(false);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        client = new HttpClient(handler) { Timeout = settings.FetchTimeout };
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Dossier", "1.0"));
    }

    /// <summary>Fetches the page; the result holds either the text and its media type, or what went wrong.</summary>
    public async Task<FetchResult> FetchAsync(Uri url, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(url);
        try
        {
            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancel).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return FetchResult.Fail($"DOS1122: {url} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
            }

            string media = response.Content.Headers.ContentType?.MediaType ?? "application/octet-stream";
            if (media is not ("text/html" or "application/xhtml+xml" or "text/plain"))
            {
                return FetchResult.Fail($"DOS1123: {url} is {media}; ingest-by-URL reads HTML and plain-text pages.");
            }

            if (response.Content.Headers.ContentLength > maxBytes)
            {
                return FetchResult.Fail($"DOS1124: {url} is larger than the {maxBytes} bytes a fetched page may have.");
            }

            await using var stream = await response.Content.ReadAsStreamAsync(cancel).ConfigureAwait(false);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancel).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return FetchResult.Fail($"DOS1124: {url} is larger than the {maxBytes} bytes a fetched page may have.");
                }

                buffer.Write(chunk, 0, read);
            }

            string? text = Dossier.Ingest.Sources.TextDecoding.TryDecode(buffer.ToArray(), out string? reason);
            return text is null ? FetchResult.Fail($"DOS1125: {url} {reason}.") : new FetchResult(text, media, null);
        }
        catch (TaskCanceledException) when (!cancel.IsCancellationRequested)
        {
            return FetchResult.Fail($"DOS1126: {url} did not answer within {client.Timeout.TotalSeconds} seconds.");
        }
        catch (HttpRequestException ex)
        {
            return FetchResult.Fail(ex.Message.StartsWith("DOS", StringComparison.Ordinal) ? ex.Message : $"DOS1127: {url} could not be fetched: {ex.Message}");
        }
    }

    public void Dispose() => client.Dispose();

    /// <summary>False for loopback, private, link-local, carrier-grade NAT, unspecified and multicast addresses.</summary>
    internal static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6None))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            byte[] b = address.GetAddressBytes();
            return !(b[0] == 0 || b[0] == 10 || b[0] >= 224 || (b[0] == 172 && b[1] >= 16 && b[1] <= 31) || (b[0] == 192 && b[1] == 168)
                || (b[0] == 169 && b[1] == 254) || (b[0] == 100 && b[1] >= 64 && b[1] <= 127));
        }

        byte[] v6 = address.GetAddressBytes();
        return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || (v6[0] & 0xFE) == 0xFC);
    }
}

/// <summary>A fetched page (text and media type), or the reason it could not be fetched.</summary>
internal sealed record FetchResult(string? Text, string? MediaType, string? Error)
{
    public static FetchResult Fail(string error) => new(null, null, error);
}
