using Dossier.Web.Html;
using Dossier.Web.Http;
using Dossier.Web.Security;
using Microsoft.AspNetCore.Antiforgery;

namespace Dossier.Web.Pages;

/// <summary>
/// When the workbench is reachable from other machines, a browser signs in with the API key once; the page sets an
/// HTTP-only, same-site cookie holding a hash of the key.
/// </summary>
internal static class LoginPage
{
    public static IResult Render(HttpContext context, IAntiforgery antiforgery, WebSettings settings, string? error = null)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        string back = SafeReturn(context.Request.Query["return"].ToString());
        string html = Layout.Page("Sign in", string.Empty, h =>
        {
            h.Element("h1", "Sign in");
            if (!settings.RequiresKey)
            {
                h.Element("p", "This workbench is bound to loopback: no key is needed.", ("class", "muted"));
                return;
            }

            if (error is not null)
            {
                h.Element("p", error, ("class", "error"));
            }

            h.Open("form", ("method", "post"), ("action", Url.WithQuery("/login", ("return", back))), ("class", "inline"));
            Layout.AntiforgeryField(h, tokens);
            h.Void("input", ("type", "password"), ("name", "key"), ("aria-label", "API key"), ("placeholder", "API key"), ("required", "required"));
            h.Element("button", "Sign in", ("type", "submit"));
            h.Close("form");
        });
        return Results.Content(html, "text/html; charset=utf-8", statusCode: error is null ? 200 : 401);
    }

    public static async Task<IResult> Post(HttpContext context, IAntiforgery antiforgery, WebSettings settings)
    {
        var (form, problem) = await FormGuard.ReadAsync(context, antiforgery, settings).ConfigureAwait(false);
        if (form is null)
        {
            return problem!;
        }

        if (!settings.RequiresKey || !AccessGate.Matches(form["key"].ToString(), settings.ApiKey!))
        {
            return Render(context, antiforgery, settings, settings.RequiresKey ? "DOS1104: that is not the key this server was started with." : null);
        }

        context.Response.Cookies.Append(AccessGate.CookieName, AccessGate.CookieValue(settings.ApiKey!), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
        });
        return Results.Redirect(SafeReturn(context.Request.Query["return"].ToString()));
    }

    /// <summary>Only local paths are followed after signing in, so the login page cannot redirect elsewhere.</summary>
    private static string SafeReturn(string? target) => Url.IsLocal(target) ? target! : "/";
}
