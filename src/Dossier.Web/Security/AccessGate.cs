using System.Security.Cryptography;
using System.Text;

namespace Dossier.Web.Security;

/// <summary>
/// Who may talk to the workbench. On loopback, only requests whose Host is a loopback name are served, so a web page
/// elsewhere cannot reach the workbench through DNS rebinding. Off loopback, every request (reads, writes, the API and
/// the pages) must carry the API key: as <c>X-Api-Key</c>, as <c>Authorization: Bearer</c>, or as the cookie the login
/// page sets. Only the login page and the stylesheet are open.
/// </summary>
internal sealed class AccessGate(RequestDelegate next, WebSettings settings)
{
    public const string HeaderName = "X-Api-Key";
    public const string CookieName = "dossier_key";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers["X-Content-Type-Options"] = "nosniff";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        context.Response.Headers["X-Frame-Options"] = "DENY";
        context.Response.Headers.ContentSecurityPolicy =
            "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        if (!settings.RequiresKey)
        {
            string host = context.Request.Host.Host;
            if (!IsLoopbackName(host))
            {
                return Http.Problems.Write(context, StatusCodes.Status400BadRequest, "DOS1105", "Host not served",
                    $"this workbench is bound to loopback and answers only to localhost or a loopback address, not '{host}'.");
            }

            return next(context);
        }

        var path = context.Request.Path;
        if (path.Equals("/login", StringComparison.Ordinal) || path.Equals(Html.Stylesheet.Path, StringComparison.Ordinal) || HasKey(context))
        {
            return next(context);
        }

        if (HttpMethods.IsGet(context.Request.Method) && Http.Problems.WantsHtml(context.Request))
        {
            context.Response.Redirect(Html.Url.WithQuery("/login", ("return", path.Value + context.Request.QueryString.Value)));
            return Task.CompletedTask;
        }

        context.Response.Headers.WWWAuthenticate = "ApiKey header=\"X-Api-Key\"";
        return Http.Problems.Write(context, StatusCodes.Status401Unauthorized, "DOS1104", "API key required",
            "this server is reachable from other machines, so every request must carry the API key (header X-Api-Key or Authorization: Bearer).");
    }

    /// <summary>The value the login cookie holds: a hash of the key, so the key itself is never stored in the browser.</summary>
    public static string CookieValue(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("dossier-web-session:" + key)));

    /// <summary>Compares in constant time, so the key cannot be guessed from response times.</summary>
    public static bool Matches(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    private bool HasKey(HttpContext context)
    {
        string key = settings.ApiKey!;
        string? header = context.Request.Headers[HeaderName];
        string? auth = context.Request.Headers.Authorization;
        string? bearer = auth is not null && auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? auth[7..].Trim() : null;
        return Matches(header, key) || Matches(bearer, key) || Matches(context.Request.Cookies[CookieName], CookieValue(key));
    }

    private static bool IsLoopbackName(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (System.Net.IPAddress.TryParse(host.Trim('[', ']'), out var ip) && System.Net.IPAddress.IsLoopback(ip));
}
