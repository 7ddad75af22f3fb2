using System.CommandLine;
using System.Globalization;
using Dossier.Evaluation.Timelines;
using Dossier.Model;
using Dossier.Pipeline;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier eval timeline --t17 DIR</c>: timeline building scored on Timeline17.</summary>
internal static class EvalTimelineCommand
{
    public static Command Create()
    {
        var t17 = new Option<string>("--t17") { Description = "The Timeline17 folder (e.g. ../shared/data/timeline17): topic folders with articles.jsonl.gz, keywords.json, timelines.json.", Required = true };
        var topics = new Option<string[]>("--topic") { Description = "Only these topic folders (repeatable); default: all.", AllowMultipleArgumentsPerToken = true };
        var pubWeight = new Option<double>("--publication-weight") { Description = "Weight of an article published on a day, relative to a sentence naming that day (default 0.5).", DefaultValueFactory = _ => 0.5 };
        var keywordBoost = new Option<double>("--keyword-boost") { Description = "Extra weight of a sentence containing a topic keyword (default 1.0).", DefaultValueFactory = _ => 1.0 };
        var command = new Command("timeline", "Build a timeline per Timeline17 gold timeline (its range, length and sentences per date) and print date F1 and ROUGE-1/2 (concat, agreement, align m:1).")
        {
            t17, topics, pubWeight, keywordBoost,
        };
        command.SetAction(parse =>
        {
            string root = parse.GetValue(t17)!;
            if (!Directory.Exists(root))
            {
                Consoles.Error($"{root}: no such folder");
                return ExitCodes.Usage;
            }

            var folders = Timeline17Topic.Folders(root);
            string[] only = parse.GetValue(topics) ?? [];
            if (only.Length > 0)
            {
                folders = [.. folders.Where(f => only.Contains(Path.GetFileName(f), StringComparer.Ordinal))];
            }

            if (folders.Count == 0)
            {
                Consoles.Error($"{root}: no Timeline17 topic folder (with articles.jsonl.gz) matched");
                return ExitCodes.Usage;
            }

            var evaluator = new Timeline17Evaluator(DefaultPipeline.CreateFor(Layer.Sentences, Layer.Timexes))
            {
                PublicationWeight = parse.GetValue(pubWeight),
                KeywordBoost = parse.GetValue(keywordBoost),
            };
            evaluator.TopicStarted += name => Console.Error.WriteLine("topic " + name);
            var scores = evaluator.Evaluate(folders);
            Print(scores);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Print(IReadOnlyList<TimelineScore> scores)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("topic", "tl", "dates", "date P", "date R", "date F1", "concat R1", "concat R2", "agree R1", "agree R2", "align R1", "align R2");
        foreach (var s in scores)
        {
            table.AddRow(s.Topic, N(s.Timeline), N(s.GoldDates), F(s.DatePrecision), F(s.DateRecall), F(s.DateF1),
                F(s.Concat1.F1), F(s.Concat2.F1), F(s.Agreement1.F1), F(s.Agreement2.F1), F(s.Align1.F1), F(s.Align2.F1));
        }

        table.AddRow("[bold]mean[/]", N(scores.Count), string.Empty, F(scores.Average(s => s.DatePrecision)), F(scores.Average(s => s.DateRecall)),
            $"[bold]{F(scores.Average(s => s.DateF1))}[/]", F(scores.Average(s => s.Concat1.F1)), F(scores.Average(s => s.Concat2.F1)),
            F(scores.Average(s => s.Agreement1.F1)), F(scores.Average(s => s.Agreement2.F1)), F(scores.Average(s => s.Align1.F1)), F(scores.Average(s => s.Align2.F1)));
        Consoles.Out().Write(table);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"timelines={scores.Count} date_f1={scores.Average(s => s.DateF1):0.000} align_rouge1_f1={scores.Average(s => s.Align1.F1):0.000} align_rouge2_f1={scores.Average(s => s.Align2.F1):0.000}"));
    }

    private static string F(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);

    private static string N(int x) => x.ToString(CultureInfo.InvariantCulture);
}
