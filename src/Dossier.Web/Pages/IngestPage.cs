using Dossier.Ingest.Sources;
using Dossier.Model;
using Dossier.Web.Api;
using Dossier.Web.Html;
using Dossier.Web.Http;
using Dossier.Web.Ingest;
using Microsoft.AspNetCore.Antiforgery;

namespace Dossier.Web.Pages;

/// <summary>
/// Ingest by paste, file upload or URL. Every form carries an anti-forgery token; uploads are size-limited and only
/// their content is used (the file name becomes part of the source name, never a path).
/// </summary>
internal static class IngestPage
{
    public static IResult Render(HttpContext context, IAntiforgery antiforgery, WebSettings settings)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return PageKit.Html(Layout.Page("Ingest", "Ingest", h =>
        {
            h.Element("h1", "Ingest");
            h.Element("p", $"Articles go through the same preparation and pipeline as 'dossier ingest'. At most {settings.MaxUploadBytes / 1024:N0} KB per article; " +
                "larger collections belong on the command line.", ("class", "muted"));

            h.Open("form", ("method", "post"), ("action", "/ingest/paste"), ("id", "paste-form"));
            h.Open("fieldset").Element("legend", "Paste an article");
            Layout.AntiforgeryField(h, tokens);
            h.Element("label", "Name (optional, to find it again)", ("for", "paste-name"));
            h.Void("input", ("type", "text"), ("name", "name"), ("id", "paste-name"), ("maxlength", "80"));
            h.Element("textarea", null, ("name", "text"), ("id", "paste-text"), ("required", "required"),
                ("placeholder", "Title line, date line, then the article as received"), ("aria-label", "Article text"));
            h.Element("button", "Ingest text", ("type", "submit"));
            h.Close("fieldset").Close("form");

            h.Open("form", ("method", "post"), ("action", "/ingest/upload"), ("enctype", "multipart/form-data"), ("id", "upload-form"));
            h.Open("fieldset").Element("legend", "Upload a text file");
            Layout.AntiforgeryField(h, tokens);
            h.Void("input", ("type", "file"), ("name", "file"), ("id", "upload-file"), ("accept", ".txt,text/plain"), ("required", "required"), ("aria-label", "Text file"));
            h.Element("button", "Ingest file", ("type", "submit"));
            h.Close("fieldset").Close("form");

            h.Open("form", ("method", "post"), ("action", "/ingest/url"), ("id", "url-form"));
            h.Open("fieldset").Element("legend", "Fetch a page");
            Layout.AntiforgeryField(h, tokens);
            h.Void("input", ("type", "url"), ("name", "url"), ("id", "fetch-url"), ("size", "60"), ("required", "required"), ("placeholder", "https://…"), ("aria-label", "Page URL"));
            h.Element("button", "Fetch and ingest", ("type", "submit"));
            h.Close("fieldset").Close("form");
        }));
    }

    public static async Task<IResult> Paste(HttpContext context, IAntiforgery antiforgery, WebSettings settings, WebIngest ingest)
    {
        var (form, problem) = await FormGuard.ReadAsync(context, antiforgery, settings).ConfigureAwait(false);
        if (form is null)
        {
            return problem!;
        }

        string text = form["text"].ToString();
        if (string.IsNullOrWhiteSpace(text))
        {
            return Problems.Result(context, 400, "DOS1114", "No text", "paste the article's text into the box.");
        }

        if (IngestApi.Utf8Length(text) > settings.MaxUploadBytes)
        {
            return FormGuard.TooLarge(context, settings);
        }

        string hash = TextDecoding.Hash(text)[..12];
        string source = "paste:" + WebIngest.SafeName(form["name"].ToString() is { Length: > 0 } n ? n : null, hash);
        return Done(context, ingest.Ingest(source, text, ArticleMetadata.Empty));
    }

    public static async Task<IResult> Upload(HttpContext context, IAntiforgery antiforgery, WebSettings settings, WebIngest ingest)
    {
        var (form, problem) = await FormGuard.ReadAsync(context, antiforgery, settings).ConfigureAwait(false);
        if (form is null)
        {
            return problem!;
        }

        if (form.Files.GetFile("file") is not { } file || file.Length == 0)
        {
            return Problems.Result(context, 400, "DOS1119", "No file", "choose a non-empty text file to upload.");
        }

        if (file.Length > settings.MaxUploadBytes)
        {
            return FormGuard.TooLarge(context, settings);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        string? text = TextDecoding.TryDecode(buffer.ToArray(), out string? reason);
        if (text is null)
        {
            return Problems.Result(context, 400, "DOS1119", "Not a text file", $"the uploaded file {reason}.");
        }

        string source = "upload:" + WebIngest.SafeName(file.FileName, TextDecoding.Hash(text)[..12]);
        return Done(context, ingest.Ingest(source, text, ArticleMetadata.Empty));
    }

    public static async Task<IResult> FromUrl(HttpContext context, IAntiforgery antiforgery, WebSettings settings, WebIngest ingest, UrlFetcher fetcher)
    {
        var (form, problem) = await FormGuard.ReadAsync(context, antiforgery, settings).ConfigureAwait(false);
        if (form is null)
        {
            return problem!;
        }

        return await IngestApi.FetchAndIngest(context, form["url"].ToString(), ingest, fetcher, r => Done(context, r)).ConfigureAwait(false);
    }

    /// <summary>After a successful ingest the browser goes to the article (303, so a reload does not post again).</summary>
    private static IResult Done(HttpContext context, WebIngestResult result) =>
        result.Article is { } a
            ? new SeeOther(Url.Path("articles", a.Id))
            : Problems.Result(context, 422, "DOS1116", "Article not ingested", result.Problem ?? "the article could not be processed.");
}
