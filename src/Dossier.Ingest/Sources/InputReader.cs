using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Dossier.Model;

namespace Dossier.Ingest.Sources;

/// <summary>
/// Turns the paths given to <c>ingest</c> into inputs: files, folders (recursively, in ordinal path order), JSON
/// Lines files (<c>.jsonl</c>, <c>.jsonl.gz</c>; one article per line), saved pages (<c>.html</c>, <c>.htm</c>) and
/// crawl archives (<c>.warc</c>, <c>.warc.gz</c>; one article per HTML response). Every problem becomes a failure naming the
/// input and the reason; reading goes on with the rest.
/// </summary>
public sealed class InputReader
{
    private readonly IngestOptions options;

    public InputReader(IngestOptions? options = null) => this.options = options ?? new IngestOptions();

    public IEnumerable<ReadResult> Read(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var r in ReadFolder(path))
                {
                    yield return r;
                }
            }
            else
            {
                foreach (var r in ReadFile(path))
                {
                    yield return r;
                }
            }
        }
    }

    private IEnumerable<ReadResult> ReadFolder(string folder)
    {
        List<string> files;
        string? error = null;
        try
        {
            files = [.. Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = FileAttributes.Hidden })
                .Where(f => options.FolderExtensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                .Order(StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            files = [];
            error = $"folder cannot be read: {ex.Message}";
        }

        if (error is not null)
        {
            yield return ReadResult.Fail(folder, error);
        }

        foreach (string file in files)
        {
            foreach (var r in ReadFile(file))
            {
                yield return r;
            }
        }
    }

    private IEnumerable<ReadResult> ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            yield return ReadResult.Fail(path, Directory.Exists(path) ? "is a folder that cannot be read" : "does not exist");
            yield break;
        }

        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var r in ReadJsonLines(path))
            {
                yield return r;
            }

            yield break;
        }

        if (WarcInputs.IsWarc(path))
        {
            foreach (var r in new WarcInputs(options).Read(path))
            {
                yield return r;
            }

            yield break;
        }

        if (path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
        {
            yield return ReadHtmlFile(path);
            yield break;
        }

        yield return ReadTextFile(path);
    }

    /// <summary>A saved page: its main text and metadata extracted (charset sniffed from the bytes), the body ready as is.</summary>
    private ReadResult ReadHtmlFile(string path) =>
        ReadBytes(path, options.MaxHtmlBytes, "one page may be at most", "IngestOptions.MaxHtmlBytes", out byte[] bytes) is { } failure
            ? failure
            : PageInputs.Extract(path, bytes, null, null);

    private ReadResult ReadTextFile(string path)
    {
        if (ReadBytes(path, options.MaxArticleBytes, "one article may be at most", "--max-article-mb", out byte[] bytes) is { } failure)
        {
            return failure;
        }

        string? text = TextDecoding.TryDecode(bytes, out string? reason);
        return text is null
            ? ReadResult.Fail(path, reason!)
            : ReadResult.Ok(new IngestInput(path, text, new ArticleMetadata { Source = path }, TextDecoding.Hash(text)));
    }

    /// <summary>Reads a whole file within a size limit; returns the failure (naming the limit) or null.</summary>
    private static ReadResult? ReadBytes(string path, long limit, string limitText, string option, out byte[] bytes)
    {
        bytes = [];
        try
        {
            long length = new FileInfo(path).Length;
            if (length > limit)
            {
                return ReadResult.Fail(path, string.Create(CultureInfo.InvariantCulture,
                    $"is {length / 1048576.0:0.0} MB; {limitText} {limit / 1048576.0:0.0} MB ({option})"));
            }

            bytes = File.ReadAllBytes(path);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ReadResult.Fail(path, $"cannot be read: {ex.Message}");
        }
    }

    private IEnumerable<ReadResult> ReadJsonLines(string path)
    {
        StreamReader reader;
        try
        {
            if (new FileInfo(path).Length > options.MaxJsonLinesBytes)
            {
                throw new IOException($"larger than the {options.MaxJsonLinesBytes} bytes allowed for a JSON Lines file");
            }

            Stream stream = File.OpenRead(path);
            if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                stream = new GZipStream(stream, CompressionMode.Decompress);
            }

            reader = new StreamReader(stream, new System.Text.UTF8Encoding(false, true));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Fail(path, $"cannot be read: {ex.Message}")];
        }

        return ReadJsonLines(path, reader);
    }

    private IEnumerable<ReadResult> ReadJsonLines(string path, StreamReader reader)
    {
        using (reader)
        {
            int number = 0;
            while (true)
            {
                string? line;
                string? error = null;
                try
                {
                    line = reader.ReadLine();
                }
                catch (Exception ex) when (ex is IOException or InvalidDataException or System.Text.DecoderFallbackException)
                {
                    line = null;
                    error = $"stopped reading after line {number}: {ex.Message}";
                }

                if (error is not null)
                {
                    yield return ReadResult.Fail(path, error);
                    yield break;
                }

                if (line is null)
                {
                    yield break;
                }

                number++;
                if (line.Trim().Length == 0)
                {
                    continue;
                }

                yield return ParseJsonLine(path, number, line);
            }
        }
    }

    private ReadResult ParseJsonLine(string path, int number, string line)
    {
        string where = string.Create(CultureInfo.InvariantCulture, $"{path}:{number}");
        if (line.Length > options.MaxArticleBytes)
        {
            return ReadResult.Fail(where, "line is longer than the article size limit (--max-article-mb)");
        }

        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ReadResult.Fail(where, "is not a JSON object");
            }

            string? text = Str(root, "text");
            if (string.IsNullOrWhiteSpace(text))
            {
                return ReadResult.Fail(where, "has no \"text\" (the only required field)");
            }

            DateOnly? published = null;
            if (Str(root, "published") is { Length: > 0 } p)
            {
                if (!DateOnly.TryParseExact(p.Length > 10 ? p[..10] : p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    return ReadResult.Fail(where, $"has \"published\": \"{p}\", which is not a YYYY-MM-DD date");
                }

                published = d;
            }

            string source = Str(root, "id") is { Length: > 0 } id ? id : where;
            var given = new ArticleMetadata
            {
                Source = source,
                Title = Str(root, "title"),
                Outlet = Str(root, "outlet"),
                Url = Str(root, "url"),
                Published = published,
            };
            return ReadResult.Ok(new IngestInput(source, text, given, TextDecoding.Hash(line)));
        }
        catch (JsonException ex)
        {
            return ReadResult.Fail(where, $"is not valid JSON: {ex.Message}");
        }
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
