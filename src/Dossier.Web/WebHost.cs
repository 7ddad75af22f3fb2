using System.Text.Json;
using Dossier.Pipeline;
using Dossier.Storage;
using Dossier.Storage.Sqlite;
using Dossier.Web.Api;
using Dossier.Web.Http;
using Dossier.Web.Ingest;
using Dossier.Web.Pages;
using Dossier.Web.Security;
using Dossier.Web.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Dossier.Web;

/// <summary>
/// Builds the workbench: the store, the ingest path, the access gate, problem details, the API under /api with its
/// OpenAPI document, and the pages. The <c>serve</c> command, <see cref="Program"/> and the tests all start it here.
/// Settings are read from configuration section <c>Dossier</c> when the app is built (so test hosts can override them).
/// </summary>
public static class WebHost
{
    /// <summary>Builds the app; <paramref name="settings"/>, when given, override configuration and command-line arguments.</summary>
    /// <exception cref="InvalidOperationException">DOS1101–DOS1103 when the settings would expose the workbench unsafely.</exception>
    public static WebApplication Build(string[] args, WebSettings? settings = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{WebSettings.Section}:Db"] = settings.Db,
                [$"{WebSettings.Section}:Urls"] = settings.Urls,
                [$"{WebSettings.Section}:ApiKey"] = settings.ApiKey,
                [$"{WebSettings.Section}:MaxUploadBytes"] = settings.MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
                [$"{WebSettings.Section}:MaxFetchBytes"] = settings.MaxFetchBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
                [$"{WebSettings.Section}:AllowPrivateFetch"] = settings.AllowPrivateFetch ? "true" : "false",
            });
            builder.WebHost.UseUrls(settings.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var services = builder.Services;
        services.AddSingleton(sp => WebSettings.From(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<IArticleStore>(sp => new SynchronizedArticleStore(SqliteArticleStore.Open(sp.GetRequiredService<WebSettings>().Db)));
        services.AddSingleton<DocumentCache>();
        services.AddSingleton(_ => DefaultPipeline.Create());
        services.AddSingleton<WebIngest>();
        services.AddSingleton<UrlFetcher>();
        // Anti-forgery keys live in memory only: nothing is written to disk, and a restart simply asks forms to reload.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "dossier_af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.FormFieldName = "__af";
        });
        services.AddOptions<FormOptions>().Configure<WebSettings>((o, s) =>
        {
            o.MultipartBodyLengthLimit = s.MaxUploadBytes + 64 * 1024;
            o.ValueLengthLimit = (int)Math.Min(int.MaxValue, s.MaxUploadBytes + 1024);
        });
        services.AddOptions<KestrelServerOptions>().Configure<WebSettings>((o, s) =>
        {
            o.Limits.MaxRequestBodySize = s.MaxUploadBytes + 64 * 1024;
            o.AddServerHeader = false;
        });
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
        services.AddProblemDetails();
        services.AddOpenApi();

        var app = builder.Build();
        var effective = app.Services.GetRequiredService<WebSettings>();
        effective.Validate();
        if (WebSettings.HostUrls(app.Configuration) is null
            && app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>() is { } addresses
            && addresses.Addresses.Count == 0)
        {
            // Nothing told ASP.NET Core where to listen: listen where the settings say (loopback by default), not on its own default.
            foreach (string url in effective.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                addresses.Addresses.Add(url);
            }
        }

        app.UseExceptionHandler(error => error.Run(context => Problems.Write(context, 500, "DOS1199", "Internal error",
            "the server failed on this request; the log has the details. Report it with the URL you requested.")));
        app.UseStatusCodePages(context => context.HttpContext.Response.HasStarted || context.HttpContext.Response.ContentLength is > 0
            ? Task.CompletedTask
            : Problems.Write(context.HttpContext, context.HttpContext.Response.StatusCode, StatusCode(context.HttpContext.Response.StatusCode),
                ReasonOf(context.HttpContext.Response.StatusCode), DetailOf(context.HttpContext.Response.StatusCode)));
        app.UseMiddleware<AccessGate>();
        app.UseMiddleware<EncodedSlashes>();
        app.MapOpenApi();
        app.MapGroup("/api").MapArticlesApi().MapAnnotationsApi().MapSearchApi().MapIngestApi().MapExportApi()
            .MapStoriesApi().MapClaimsApi().MapDyadsApi().MapCorpusEntitiesApi();
        app.MapPages();
        return app;
    }

    private static string StatusCode(int status) => status switch
    {
        404 => "DOS1132",
        405 => "DOS1133",
        415 => "DOS1117",
        _ => "DOS1134",
    };

    private static string ReasonOf(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } r ? r : "Error";

    private static string DetailOf(int status) => status switch
    {
        404 => "there is nothing at this address; the pages start at / and the API is described at /openapi/v1.json.",
        405 => "this address does not take that method; see /openapi/v1.json.",
        400 => "the request could not be read (a parameter has the wrong form); see /openapi/v1.json.",
        _ => "the request could not be served.",
    };
}
