using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dossier.Evaluation;
using Dossier.Text;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier eval sentences --conllu FILE... [--docs PREFIX] [--errors N]</c>: rebuilds raw text from CoNLL-U, runs
/// the tokenizer and sentence splitter, and prints sentence-boundary, token and word precision/recall/F1.
/// </summary>
internal static class EvalSentencesCommand
{
    public static Command Create()
    {
        var conllu = new Option<string[]>("--conllu")
        {
            Description = "CoNLL-U file(s), plain or .gz; relative paths that do not exist are tried under the shared data folder ($DOSSIER_DATA or ../shared/data).",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var docs = new Option<string?>("--docs") { Description = "Only documents whose '# newdoc id' starts with this prefix (e.g. GUM_news)." };
        var errors = new Option<int>("--errors") { Description = "Print up to this many missed and spurious sentence boundaries with context.", DefaultValueFactory = _ => 0 };
        var threshold = new Option<float>("--threshold") { Description = "Score above which a candidate gap ends a sentence (default 0, as used in the pipeline); for tuning.", DefaultValueFactory = _ => 0f };
        var speed = new Option<int>("--speed") { Description = "Also segment the documents this many times (after one warm-up pass) and print the throughput.", DefaultValueFactory = _ => 0 };
        var command = new Command("sentences", "Score the tokenizer and sentence splitter on treebank text rebuilt from CoNLL-U.") { conllu, docs, errors, threshold, speed };
        command.SetAction(parseResult => Run(parseResult.GetValue(conllu) ?? [], parseResult.GetValue(docs), parseResult.GetValue(errors), parseResult.GetValue(threshold), parseResult.GetValue(speed)));
        return command;
    }

    private static int Run(string[] files, string? prefix, int errors, float threshold, int speed)
    {
        var segmenter = threshold == 0
            ? TextSegmenter.Default
            : new TextSegmenter(new Tokenizer(TokenizerLexicon.Default), new SentenceSplitter(TokenizerLexicon.Default, BoundaryModel.Default, threshold));
        var total = SegmentationScores.Empty;
        var all = new List<TreebankDocument>();
        int failed = 0;
        foreach (string file in files)
        {
            string path = File.Exists(file) ? file : DataPaths.Resolve(file);
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"DOS0120: {file} does not exist (nor {path}); pass a CoNLL-U file or set DOSSIER_DATA to the shared data folder.");
                failed++;
                continue;
            }

            var documents = TreebankText.Read(path, prefix).ToList();
            all.AddRange(documents);
            var scores = SegmentationEvaluator.Score(segmenter, documents);
            Print(Path.GetFileName(path) + (prefix is null ? string.Empty : $" [{prefix}*]"), scores);
            total += scores;
            if (errors > 0)
            {
                PrintErrors(segmenter, documents, errors);
                PrintTokenErrors(segmenter, documents, errors);
            }
        }

        if (files.Length > 1)
        {
            Print("all", total);
        }

        if (speed > 0)
        {
            PrintSpeed(segmenter, all, speed);
        }

        return failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }

    private static void PrintSpeed(TextSegmenter segmenter, List<TreebankDocument> documents, int repeats)
    {
        // Warm up until the JIT has settled (tiered compilation promotes hot methods after a few hundred calls).
        long warmed = 0;
        for (int pass = 0; pass < 3 || warmed < 3_000_000; pass++)
        {
            foreach (var document in documents)
            {
                segmenter.Segment(document.Text);
                warmed += document.Text.Length;
            }
        }

        long characters = (long)repeats * documents.Sum(d => (long)d.Text.Length);
        var (wall, cpu) = Measure(() =>
        {
            for (int r = 0; r < repeats; r++)
            {
                foreach (var document in documents)
                {
                    segmenter.Segment(document.Text);
                }
            }
        });
        var (tokenizerWall, tokenizerCpu) = Measure(() =>
        {
            for (int r = 0; r < repeats; r++)
            {
                foreach (var document in documents)
                {
                    segmenter.Tokenizer.Tokenize(document.Text);
                }
            }
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"speed: tokenizer + sentence splitter {characters / cpu / 1e6:F2} M chars per CPU second ({characters / wall / 1e6:F2} per wall-clock second); tokenizer alone {characters / tokenizerCpu / 1e6:F2} ({characters / tokenizerWall / 1e6:F2}); {characters} chars, {repeats} passes, one thread"));
    }

    private static (double Wall, double Cpu) Measure(Action action)
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        action();
        watch.Stop();
        process.Refresh();
        return (watch.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpuBefore).TotalSeconds);
    }

    private static void Print(string name, SegmentationScores s)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {s.Documents} documents, {s.Characters} chars"));
        Line("sentence boundaries", s.Boundaries);
        Line("tokens (surface)", s.Tokens);
        Line("words (syntactic)", s.Words);
    }

    private static void Line(string what, Prf p) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what,-20} P {p.Precision:F4}  R {p.Recall:F4}  F1 {p.F1:F4}  (correct {p.Correct}, predicted {p.Predicted}, gold {p.Gold})"));

    private static void PrintTokenErrors(TextSegmenter segmenter, List<TreebankDocument> documents, int limit)
    {
        int shown = 0;
        foreach (var document in documents)
        {
            var (tokens, _) = segmenter.Segment(document.Text);
            var gold = document.Words.ToHashSet();
            foreach (var token in tokens)
            {
                if (gold.Contains(token.Span))
                {
                    continue;
                }

                var wanted = document.Words.Where(w => w.Overlaps(token.Span)).Select(w => w.Slice(document.Text));
                Console.WriteLine($"  TOKEN    {document.Id}: '{token.Span.Slice(document.Text)}' where gold has '{string.Join("' '", wanted)}'");
                if (++shown >= limit)
                {
                    return;
                }
            }
        }
    }

    private static void PrintErrors(TextSegmenter segmenter, List<TreebankDocument> documents, int limit)
    {
        int shown = 0;
        foreach (var document in documents)
        {
            var (_, sentences) = segmenter.Segment(document.Text);
            var predicted = sentences.Select(s => s.End).ToHashSet();
            var gold = document.SentenceEnds.ToHashSet();
            foreach (int end in gold.Union(predicted).Order())
            {
                if (end == document.Text.Length || (gold.Contains(end) && predicted.Contains(end)))
                {
                    continue;
                }

                string kind = gold.Contains(end) ? "MISSED  " : "SPURIOUS";
                int from = Math.Max(0, end - 50);
                int to = Math.Min(document.Text.Length, end + 40);
                string context = document.Text[from..end] + " || " + document.Text[end..to];
                Console.WriteLine($"  {kind} {document.Id}: {context.ReplaceLineEndings("⏎")}");
                if (++shown >= limit)
                {
                    return;
                }
            }
        }
    }
}
