using System.CommandLine;
using Dossier.Web;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier serve</c>: the analyst's workbench and HTTP API over a store. Binds to loopback by default; binding to
/// any other address requires an API key, which every request must then carry.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var urls = new Option<string>("--urls")
        {
            Description = $"The addresses to listen on, separated by ';' (default {WebSettings.DefaultUrls}: this machine only).",
            DefaultValueFactory = _ => WebSettings.DefaultUrls,
        };
        var apiKey = new Option<string?>("--api-key")
        {
            Description = "The key every request must carry (X-Api-Key or Authorization: Bearer; the browser signs in once). Required when --urls is not loopback. Default: $DOSSIER_API_KEY.",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("DOSSIER_API_KEY") is { Length: > 0 } k ? k : null,
        };
        var maxUpload = new Option<double>("--max-upload-mb") { Description = "The largest article accepted by paste, upload or the API, in MB (default 2).", DefaultValueFactory = _ => 2 };
        var command = new Command("serve", "Open the analyst's workbench (pages) and the HTTP API (/api, described at /openapi/v1.json) over the store.")
        {
            db, urls, apiKey, maxUpload,
        };
        command.SetAction(parse =>
        {
            long maxBytes = (long)(parse.GetValue(maxUpload) * 1024 * 1024);
            if (maxBytes < 1)
            {
                Consoles.Error("--max-upload-mb must be positive");
                return ExitCodes.Usage;
            }

            var settings = new WebSettings
            {
                Db = parse.GetValue(db)!,
                Urls = parse.GetValue(urls)!,
                ApiKey = parse.GetValue(apiKey),
                MaxUploadBytes = maxBytes,
            };
            Microsoft.AspNetCore.Builder.WebApplication app;
            try
            {
                app = WebHost.Build([], settings);
            }
            catch (InvalidOperationException ex) when (ex.Message.StartsWith("DOS11", StringComparison.Ordinal))
            {
                Consoles.Error(ex.Message);
                return ExitCodes.Usage;
            }

            using (app as IDisposable)
            {
                Console.Error.WriteLine($"Dossier workbench on {settings.Urls} over {settings.Db}{(settings.RequiresKey ? " (API key required)" : string.Empty)}; Ctrl+C stops it.");
                app.Run();
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
