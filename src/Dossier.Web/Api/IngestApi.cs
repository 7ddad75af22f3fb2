using System.Text;
using System.Text.Json;
using Dossier.Ingest.Sources;
using Dossier.Model;
using Dossier.Web.Api.Dto;
using Dossier.Web.Http;
using Dossier.Web.Ingest;
using Dossier.Web.Storage;

namespace Dossier.Web.Api;

/// <summary>
/// <c>POST /api/articles</c> (an article as JSON) and <c>POST /api/articles/fetch</c> (a URL to fetch). Both take JSON
/// only: a browser cannot send JSON to another site without a CORS preflight, which this server never grants, so a
/// web page elsewhere cannot write into the workbench.
/// </summary>
internal static class IngestApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static RouteGroupBuilder MapIngestApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/articles").WithTags("Ingest");
        g.MapPost("/", Post).WithName("IngestArticle")
            .WithSummary("Ingest one article: {\"text\": …, \"source\"?, \"title\"?, \"published\"? (YYYY-MM-DD), \"outlet\"?, \"url\"?}. 201 when stored, 200 when unchanged.")
            .Accepts<IngestRequest>("application/json").Produces<IngestResponse>(201).Produces<IngestResponse>(200)
            .ProducesProblem(400).ProducesProblem(413).ProducesProblem(415);
        g.MapPost("/fetch", Fetch).WithName("IngestUrl")
            .WithSummary("Fetch a page ({\"url\": …}), extract its text and ingest it.")
            .Accepts<FetchRequest>("application/json").Produces<IngestResponse>(201).Produces<IngestResponse>(200)
            .ProducesProblem(400).ProducesProblem(413).ProducesProblem(415).ProducesProblem(502);
        return api;
    }

    private static async Task<IResult> Post(HttpContext context, WebIngest ingest, DocumentCache corpus, WebSettings settings)
    {
        var (request, problem) = await ReadJson<IngestRequest>(context, settings).ConfigureAwait(false);
        if (request is null)
        {
            return problem!;
        }

        if (string.IsNullOrWhiteSpace(request.Text))
        {
            return Problems.Result(context, 400, "DOS1114", "No text", "the article needs a non-empty \"text\".");
        }

        if (!ArticlesApi.TryDate(request.Published, out var published))
        {
            return Problems.Result(context, 400, "DOS1112", "Bad date", $"\"published\" must be YYYY-MM-DD (got '{request.Published}').");
        }

        if (request.Source is { } s && (s.Length > 300 || s.Any(char.IsControl)))
        {
            return Problems.Result(context, 400, "DOS1115", "Bad source", "\"source\" is a name of at most 300 characters without control characters.");
        }

        string source = request.Source is { Length: > 0 } given ? given : "api:" + TextDecoding.Hash(request.Text)[..12];
        var metadata = new ArticleMetadata { Title = request.Title, Outlet = request.Outlet, Url = request.Url, Published = published };
        return Respond(context, corpus, ingest.Ingest(source, request.Text, metadata));
    }

    private static async Task<IResult> Fetch(HttpContext context, WebIngest ingest, DocumentCache corpus, WebSettings settings, UrlFetcher fetcher)
    {
        var (request, problem) = await ReadJson<FetchRequest>(context, settings).ConfigureAwait(false);
        if (request is null)
        {
            return problem!;
        }

        return await FetchAndIngest(context, request.Url, ingest, fetcher, result => Respond(context, corpus, result)).ConfigureAwait(false);
    }

    /// <summary>Fetches a URL and ingests it; shared by the API and the ingest page.</summary>
    internal static async Task<IResult> FetchAndIngest(HttpContext context, string? url, WebIngest ingest, UrlFetcher fetcher, Func<WebIngestResult, IResult> respond)
    {
        if (url is null || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return Problems.Result(context, 400, "DOS1120", "Bad URL", "give an absolute http:// or https:// URL.");
        }

        var page = await fetcher.FetchAsync(uri, context.RequestAborted).ConfigureAwait(false);
        if (page.Error is { } error)
        {
            bool refused = error.StartsWith("DOS1121", StringComparison.Ordinal);
            return Problems.Result(context, refused ? 400 : 502, error[..7], refused ? "Address not fetched" : "Page could not be fetched", error[9..]);
        }

        if (page.MediaType == "text/plain")
        {
            return respond(ingest.Ingest(uri.AbsoluteUri, page.Text!, new ArticleMetadata { Url = uri.AbsoluteUri }));
        }

        var (body, metadata) = HtmlText.Extract(page.Text!, uri.AbsoluteUri);
        if (string.IsNullOrWhiteSpace(body))
        {
            return Problems.Result(context, 422, "DOS1128", "No text on the page", $"{uri} has no paragraphs of text to ingest.");
        }

        return respond(ingest.Ingest(uri.AbsoluteUri, body, metadata, format: "body"));
    }

    private static IResult Respond(HttpContext context, DocumentCache corpus, WebIngestResult result)
    {
        if (result.Article is not { } a)
        {
            return Problems.Result(context, 422, "DOS1116", "Article not ingested", result.Problem ?? "the article could not be processed.");
        }

        var response = new IngestResponse(result.Outcome, ArticleSummary.From(a, corpus.Document(a)));
        return result.Outcome == "unchanged" ? Results.Ok(response) : Results.Created(Html.Url.Path("api", "articles", a.Id), response);
    }

    private static async Task<(T? Value, IResult? Problem)> ReadJson<T>(HttpContext context, WebSettings settings)
        where T : class
    {
        if (context.Request.ContentLength > settings.MaxUploadBytes + 4096)
        {
            return (null, FormGuard.TooLarge(context, settings));
        }

        if (!context.Request.HasJsonContentType())
        {
            return (null, Problems.Result(context, 415, "DOS1117", "JSON expected", "send the request body as application/json."));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16384];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > settings.MaxUploadBytes + 4096)
            {
                return (null, FormGuard.TooLarge(context, settings));
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.ToArray(), Json);
            return value is null
                ? (null, Problems.Result(context, 400, "DOS1118", "Bad JSON", "the body must be a JSON object."))
                : (value, null);
        }
        catch (JsonException ex)
        {
            return (null, Problems.Result(context, 400, "DOS1118", "Bad JSON", "the body is not valid JSON: " + ex.Message));
        }
    }

    internal static int Utf8Length(string s) => Encoding.UTF8.GetByteCount(s);
}
