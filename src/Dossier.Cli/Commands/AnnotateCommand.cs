using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Dossier.Contracts;
using Dossier.Ingest;
using Dossier.Ingest.Sources;
using Dossier.Model;
using Dossier.Pipeline;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier annotate</c>: one document in, its annotations out (contract §1); nothing is stored.</summary>
internal static class AnnotateCommand
{
    public static Command Create()
    {
        var file = new Argument<string?>("FILE") { Description = "A text file, a JSON Lines file with --jsonl, or - / nothing for standard input.", Arity = ArgumentArity.ZeroOrOne };
        var jsonl = new Option<bool>("--jsonl") { Description = "Input is JSON Lines: {\"id\", \"text\", \"published\", \"tokens\": [[...], ...]} per line; output is one JSON object per line." };
        var dct = new Option<string?>("--dct") { Description = "The document creation date (YYYY-MM-DD) that relative dates resolve against; default: the date the article states." };
        var raw = new Option<bool>("--raw") { Description = "Annotate the text exactly as given: no title, date line, caption or furniture separation." };
        var indent = new Option<bool>("--indent") { Description = "Indent the JSON (single-document input only)." };
        var command = new Command("annotate", "Annotate one document (or JSON Lines) and print contract §1 JSON; nothing is stored.") { file, jsonl, dct, raw, indent };
        command.SetAction(parse =>
        {
            DateOnly? given = null;
            if (parse.GetValue(dct) is { } d)
            {
                if (!DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    Consoles.Error($"--dct {d}: not a YYYY-MM-DD date");
                    return ExitCodes.Usage;
                }

                given = parsed;
            }

            string? path = parse.GetValue(file);
            TextReader reader;
            try
            {
                reader = path is null or "-" ? Console.In : new StreamReader(path, new UTF8Encoding(false, true));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Consoles.Error($"{path}: cannot be read: {ex.Message}");
                return ExitCodes.SomeInputsFailed;
            }

            using (reader)
            {
                return parse.GetValue(jsonl)
                    ? AnnotateJsonLines(reader, path ?? "<stdin>", given)
                    : AnnotateOne(reader, path ?? "<stdin>", given, parse.GetValue(raw), parse.GetValue(indent));
            }
        });
        return command;
    }

    private static int AnnotateOne(TextReader reader, string name, DateOnly? dct, bool raw, bool indent)
    {
        string text;
        try
        {
            text = reader.ReadToEnd();
        }
        catch (DecoderFallbackException ex)
        {
            Consoles.Error($"{name}: is not valid UTF-8: {ex.Message}");
            return ExitCodes.SomeInputsFailed;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            Consoles.Error($"{name}: is empty");
            return ExitCodes.SomeInputsFailed;
        }

        var input = new IngestInput(name, text, new ArticleMetadata { Source = name, Published = dct }, TextDecoding.Hash(text), raw ? "body" : "text");
        var doc = new ArticlePreparer().Prepare(input);
        DefaultPipeline.Create().Process(doc);
        Console.WriteLine(DocumentJsonWriter.ToJson(doc, indent));
        return doc.Diagnostics.Exists(x => x.Severity == DiagnosticSeverity.Error) ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }

    private static int AnnotateJsonLines(TextReader reader, string name, DateOnly? dct)
    {
        var plain = DefaultPipeline.Create();
        var pretokenized = DefaultPipeline.Create(pretokenized: true);
        int number = 0;
        bool failed = false;
        using var stdout = Console.OpenStandardOutput();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            Document doc;
            try
            {
                doc = JsonLinesDocument.Parse(line, number, dct);
            }
            catch (Exception ex) when (ex is JsonException or FormatException or InvalidDataException or ArgumentException)
            {
                Consoles.Error(string.Create(CultureInfo.InvariantCulture, $"{name}:{number}: {ex.Message}"));
                failed = true;
                continue;
            }

            (doc.Layers.Contains(Layer.Tokens) ? pretokenized : plain).Process(doc);
            failed |= doc.Diagnostics.Exists(x => x.Severity == DiagnosticSeverity.Error);
            JsonOut.Write(stdout, w => DocumentJsonWriter.Write(w, doc), indented: false);
        }

        return failed ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }
}
