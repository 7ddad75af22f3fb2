using System.CommandLine;
using System.Globalization;
using Dossier.Evaluation;
using Dossier.Evaluation.Quotes;
using Dossier.Model;
using Dossier.Pipeline;
using Dossier.Syntax;
using Dossier.Quotes;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier eval quotes --polnear DIR</c>: quotes and their speakers scored on PolNeAR's dev attributions.</summary>
internal static class EvalQuotesCommand
{
    public static Command Create()
    {
        var polnear = new Option<string>("--polnear") { Description = "The PolNeAR folder (default ../shared/data/polnear) holding dev/text, dev/attributions and dev/metadata.tsv.", DefaultValueFactory = _ => DataPaths.Resolve("polnear") };
        var split = new Option<string>("--split") { Description = "The split folder to score (default dev).", DefaultValueFactory = _ => "dev" };
        var limit = new Option<int>("--limit") { Description = "Only the first N articles (0: all).", DefaultValueFactory = _ => 0 };
        var beam = new BeamOptions();
        var command = new Command("quotes", "Score quotes on PolNeAR attributions: content matched at >=30% (loose) and >=80% (strict) overlap, speaker accuracy on loose matches; speech cues, and all attributions for reference.")
        {
            polnear, split, limit, beam.Margin, beam.Width,
        };
        command.SetAction(parse =>
        {
            string folder = Path.Combine(parse.GetValue(polnear)!, parse.GetValue(split)!);
            if (!Directory.Exists(Path.Combine(folder, "attributions")))
            {
                Consoles.Error($"{folder}: no attributions/ folder (expected PolNeAR's dev/ or train/ layout; see ../shared/data/README.md)");
                return ExitCodes.Usage;
            }

            var shipped = SyntaxModels.Default.Parser;
            if (beam.Apply(parse, shipped, out string? error) is not { } parser)
            {
                Consoles.Error(error!);
                return ExitCodes.Usage;
            }

            var articles = PolnearArticle.ReadSplit(folder);
            int n = parse.GetValue(limit);
            if (n > 0)
            {
                articles = [.. articles.Take(n)];
            }

            // Only the stages the quotes need, with the parser decoding as asked.
            var pipeline = DefaultPipeline.CreateFor(DefaultPipeline.StagesWith(new ParserStage(parser)), Layer.Quotes);
            var evaluator = new PolnearEvaluator(pipeline, ReportingVerbs.Default);
            var (speech, all) = evaluator.Evaluate(articles);
            var table = new Table().Border(TableBorder.Rounded).AddColumns("attributions", "gold", "predicted", "loose P", "loose R", "loose F1", "strict P", "strict R", "strict F1", "speaker acc");
            Row(table, "speech cues", speech);
            Row(table, "all", all);
            Consoles.Out().Write(table);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"articles={articles.Count} speech_loose_f1={speech.Loose.F1:0.000} speech_strict_f1={speech.Strict.F1:0.000} speech_speaker_accuracy={speech.SpeakerAccuracy:0.000} all_loose_f1={all.Loose.F1:0.000} all_strict_f1={all.Strict.F1:0.000} all_speaker_accuracy={all.SpeakerAccuracy:0.000}"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Row(Table table, string name, QuoteScores s) =>
        table.AddRow(name, N(s.Loose.Gold), N(s.Loose.Predicted), F(s.Loose.Precision), F(s.Loose.Recall), F(s.Loose.F1), F(s.Strict.Precision), F(s.Strict.Recall), F(s.Strict.F1),
            F(s.SpeakerAccuracy) + $" ({N(s.SpeakerCorrect)}/{N(s.SpeakerScored)})");

    private static string F(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);

    private static string N(int x) => x.ToString(CultureInfo.InvariantCulture);
}
