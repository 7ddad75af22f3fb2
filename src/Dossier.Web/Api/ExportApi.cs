using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Dossier.Contracts;
using Dossier.Web.Exports;
using Dossier.Web.Http;
using Dossier.Web.Storage;

namespace Dossier.Web.Api;

/// <summary><c>/api/export/…</c>: the knowledge base as JSON (contract §2), CSV tables and a Markdown timeline.</summary>
internal static class ExportApi
{
    public static RouteGroupBuilder MapExportApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/export").WithTags("Exports");
        g.MapGet("/json", Json).WithName("ExportJson").WithSummary("The knowledge base as contract §2 (dossier.export/1).")
            .Produces(200, contentType: "application/json");
        g.MapGet("/{kind}.csv", Csv).WithName("ExportCsv").WithSummary("CSV of articles, quotes, events (GDELT-like columns) or entities.")
            .Produces(200, contentType: "text/csv").ProducesProblem(404);
        g.MapGet("/timeline.md", (DocumentCache corpus) => Results.Text(MarkdownTimeline.Write(corpus), "text/markdown; charset=utf-8"))
            .WithName("ExportMarkdownTimeline").WithSummary("The dated events and the articles as a Markdown timeline.")
            .Produces(200, contentType: "text/markdown");
        return api;
    }

    /// <summary>
    /// The export written to the response as it is made (the writer passes on every 64 KB), not held whole: it is as
    /// large as the store's bodies and annotations together. The writer is synchronous, so this one response may write
    /// synchronously.
    /// </summary>
    private static IResult Json(HttpContext context, DocumentCache corpus)
    {
        context.Response.Headers.ContentDisposition = "attachment; filename=\"dossier-export.json\"";
        if (context.Features.Get<IHttpBodyControlFeature>() is { } body)
        {
            body.AllowSynchronousIO = true;
        }

        return Results.Stream(stream =>
        {
            using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            ExportJsonWriter.Write(w, corpus.Store);
            return Task.CompletedTask;
        }, "application/json; charset=utf-8");
    }

    private static IResult Csv(HttpContext context, DocumentCache corpus, string kind)
    {
        if (CsvExports.Writer(kind) is not { } write)
        {
            return Problems.Result(context, 404, "DOS1131", "No such export", $"'{kind}.csv' is not an export; choose one of {string.Join(", ", CsvExports.Kinds.Select(k => k + ".csv"))}.");
        }

        context.Response.Headers.ContentDisposition = $"attachment; filename=\"dossier-{kind}.csv\"";
        return Results.Stream(output => write(output, corpus, context.RequestAborted), "text/csv; charset=utf-8");
    }
}
