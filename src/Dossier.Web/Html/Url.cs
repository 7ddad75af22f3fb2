using System.Globalization;
using System.Text;

namespace Dossier.Web.Html;

/// <summary>Builds local URLs with every segment and query value escaped.</summary>
internal static class Url
{
    /// <summary>A path from literal segments and escaped values: <c>Path("articles", id)</c> → <c>/articles/a%2Fb</c>.</summary>
    public static string Path(params string[] segments) => "/" + string.Join('/', segments.Select(Uri.EscapeDataString));

    /// <summary>Appends query parameters (null values are left out).</summary>
    public static string WithQuery(string path, params (string Name, object? Value)[] query)
    {
        var sb = new StringBuilder(path);
        char separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        foreach (var (name, value) in query)
        {
            if (value is null)
            {
                continue;
            }

            string text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
            sb.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(text));
            separator = '&';
        }

        return sb.ToString();
    }

    /// <summary>The evidence view: an article with <c>[start, end)</c> of its body highlighted.</summary>
    public static string Evidence(string articleId, int start, int end) =>
        WithQuery(Path("articles", articleId), ("start", start), ("end", end)) + "#evidence";

    /// <summary>True for a path on this site ("/x"), false for other sites and protocol-relative URLs ("//x").</summary>
    public static bool IsLocal(string? href) =>
        href is { Length: > 0 } && href[0] == '/' && (href.Length == 1 || (href[1] != '/' && href[1] != '\\'));
}
