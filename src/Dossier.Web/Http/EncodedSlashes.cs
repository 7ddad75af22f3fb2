using Microsoft.AspNetCore.Http.Features;

namespace Dossier.Web.Http;

/// <summary>
/// Gives a route value its slashes back. An id such as <c>copy3/1329-dd3704</c> is linked as one path segment,
/// <c>/articles/copy3%2F1329-dd3704</c>; the server decodes every escape in the path but <c>%2F</c>, so the route value
/// would still read <c>copy3%2F1329-dd3704</c> and the page would answer 404. This middleware runs after routing and,
/// for a value that still holds <c>%2F</c>, finds the segment of the request's raw target it came from and decodes that
/// segment whole. A literal "%2F" in an id is linked as <c>%252F</c> and stays as it is.
/// </summary>
internal sealed class EncodedSlashes(RequestDelegate next)
{
    private const string Slash = "%2F";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var values = context.Request.RouteValues;
        if (values.Count > 0 && context.Features.Get<IHttpRequestFeature>()?.RawTarget is { } raw
            && raw.Contains(Slash, StringComparison.OrdinalIgnoreCase))
        {
            string[] segments = raw.Split('?', 2)[0].Split('/');
            foreach (var (key, value) in values.ToList())
            {
                if (value is string text && text.Contains(Slash, StringComparison.OrdinalIgnoreCase)
                    && Array.Find(segments, s => string.Equals(AsServerDecodes(s), text, StringComparison.Ordinal)) is { } segment)
                {
                    values[key] = Uri.UnescapeDataString(segment);
                }
            }
        }

        return next(context);
    }

    /// <summary>A raw segment decoded as the server decodes a path: every escape but <c>%2F</c>, which is kept as written.</summary>
    private static string AsServerDecodes(string segment)
    {
        var decoded = new System.Text.StringBuilder(segment.Length);
        int from = 0;
        for (int at = segment.IndexOf(Slash, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = segment.IndexOf(Slash, from, StringComparison.OrdinalIgnoreCase))
        {
            decoded.Append(Uri.UnescapeDataString(segment[from..at])).Append(segment, at, Slash.Length);
            from = at + Slash.Length;
        }

        return decoded.Append(Uri.UnescapeDataString(segment[from..])).ToString();
    }
}
