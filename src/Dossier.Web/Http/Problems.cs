using Dossier.Web.Html;

namespace Dossier.Web.Http;

/// <summary>
/// Errors as RFC 7807 problem details (<c>application/problem+json</c>) with a Dossier code; a browser asking for a
/// page gets the same problem as an HTML page with the same status.
/// </summary>
internal static class Problems
{
    /// <summary>A problem result for this request.</summary>
    public static IResult Result(HttpContext context, int status, string code, string title, string detail)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (WantsHtml(context.Request))
        {
            return Results.Content(Page(status, code, title, detail), "text/html; charset=utf-8", statusCode: status);
        }

        return Results.Problem(detail: $"{code}: {detail}", instance: context.Request.Path, statusCode: status, title: title,
            extensions: new Dictionary<string, object?> { ["code"] = code });
    }

    /// <summary>Writes a problem straight to the response (for middleware).</summary>
    public static Task Write(HttpContext context, int status, string code, string title, string detail) =>
        Result(context, status, code, title, detail).ExecuteAsync(context);

    /// <summary>404 for an article id that is not in the store.</summary>
    public static IResult NoArticle(HttpContext context, string id) =>
        Result(context, StatusCodes.Status404NotFound, "DOS1130", "No such article", $"no article has the id '{id}'; list them at /api/articles.");

    /// <summary>404 for a corpus item (story, event, claim, agreement, entity) that the corpus stages did not establish.</summary>
    public static IResult NoSuch(HttpContext context, string code, string what, string id, string listAt) =>
        Result(context, StatusCodes.Status404NotFound, code, $"No such {what}", $"no {what} has the id '{id}'; list them at {listAt}.");

    /// <summary>True for a browser request to a page (not the API) that accepts HTML.</summary>
    public static bool WantsHtml(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return !request.Path.StartsWithSegments("/api", StringComparison.Ordinal)
            && !request.Path.StartsWithSegments("/openapi", StringComparison.Ordinal)
            && request.Headers.Accept.Any(a => a is not null && a.Contains("text/html", StringComparison.OrdinalIgnoreCase));
    }

    private static string Page(int status, string code, string title, string detail) =>
        Layout.Page(title, string.Empty, h =>
        {
            h.Element("h1", title);
            h.Open("p", ("class", "error")).Element("strong", code).Text($" ({status}) {detail}").Close("p");
            h.Link("/", "Back to the stories");
        });
}
