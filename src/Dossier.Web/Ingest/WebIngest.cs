using Dossier.Ingest;
using Dossier.Ingest.Sources;
using Dossier.Model;
using Dossier.Storage;

namespace Dossier.Web.Ingest;

/// <summary>
/// Ingests one article that arrived over HTTP (pasted, uploaded, fetched or posted to the API) through the same
/// preparation, pipeline and store as <c>dossier ingest</c>. Sources are names, never paths: nothing a request sends
/// is used to open a file.
/// </summary>
internal sealed class WebIngest(IArticleStore store, Dossier.Pipeline.Pipeline pipeline)
{
    /// <summary>Ingests text; the source names it (<c>paste:…</c>, <c>upload:…</c>, a URL, or the API's source).</summary>
    public WebIngestResult Ingest(string source, string text, ArticleMetadata given, string format = "text")
    {
        ArgumentNullException.ThrowIfNull(given);
        var input = new IngestInput(source, text, given with { Source = source }, TextDecoding.Hash(text), format);
        var service = new IngestService(store, pipeline) { Workers = 1 };
        var summary = service.Ingest([ReadResult.Ok(input)]);
        if (summary.Failures.Count > 0)
        {
            return new WebIngestResult(null, "failed", summary.Failures[0].Reason);
        }

        var article = store.FindBySource(source);
        string outcome = summary.Inserted > 0 ? "inserted" : summary.NewVersions > 0 ? "new_version" : "unchanged";
        string? problem = summary.StageProblems.Count > 0 ? summary.StageProblems[0].Diagnostic.ToString() : null;
        return new WebIngestResult(article, outcome, problem);
    }

    /// <summary>A source name from a name a client chose: letters, digits, '.', '_' and '-' only, at most 80 characters.</summary>
    public static string SafeName(string? name, string fallback)
    {
        if (name is null)
        {
            return fallback;
        }

        int cut = Math.Max(name.LastIndexOf('/'), name.LastIndexOf('\\'));
        string tail = cut >= 0 ? name[(cut + 1)..] : name;
        var chars = tail.Take(80).Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '-').ToArray();
        string safe = new string(chars).Trim('-', '.');
        return safe.Length == 0 ? fallback : safe;
    }
}

/// <summary>The stored article (null when ingest failed), what happened, and a problem worth showing.</summary>
internal sealed record WebIngestResult(ArticleRecord? Article, string Outcome, string? Problem);
