using System.CommandLine;
using System.Globalization;
using Dossier.Temporal;
using Dossier.Temporal.Evaluation;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier eval temporal</c>: scores the temporal stage on TimeML folders (TempEval-3 figures, each file's DCT as
/// the reference date) and on the Recognizers-Text English date/time cases (share resolved to the expected value,
/// by category). With no option it runs TimeBank, AQUAINT and Recognizers-Text from the shared data.
/// </summary>
internal static class EvalTemporalCommand
{
    public static Command Create()
    {
        var timeml = new Option<string[]>("--timeml") { Description = "A folder of TimeML .tml files to score (repeatable). Default: ../shared/data/tempeval3/TimeBank and AQUAINT.", AllowMultipleArgumentsPerToken = true };
        var recognizers = new Option<string?>("--recognizers") { Description = "A folder of Recognizers-Text English DateTime spec files (*.json). Default: ../shared/data/recognizers-text/Specs/DateTime/English when no --timeml is given." };
        var errors = new Option<int>("--errors") { Description = "Print up to N mismatches per TimeML folder (missed, spurious, wrong value), each tagged with its kind, and a count of them by kind.", DefaultValueFactory = _ => 0 };
        var profile = new Option<bool>("--profile") { Description = "Also print the time each rule's pattern takes over the TimeML texts, slowest first." };
        var command = new Command("temporal", "Score the temporal stage: TempEval-3 extent/type/value figures on TimeML, and Recognizers-Text resolution by category.")
        {
            timeml, recognizers, errors, profile,
        };
        command.SetAction(parse => Run(parse.GetValue(timeml) ?? [], parse.GetValue(recognizers), parse.GetValue(errors), parse.GetValue(profile)));
        return command;
    }

    private static int Run(string[] timemlFolders, string? recognizersFolder, int errors, bool profile)
    {
        try
        {
            bool defaults = timemlFolders.Length == 0 && recognizersFolder is null;
            if (defaults)
            {
                timemlFolders = [Dossier.Resources.SharedData.Combine("tempeval3", "TimeBank"), Dossier.Resources.SharedData.Combine("tempeval3", "AQUAINT")];
                recognizersFolder = Dossier.Resources.SharedData.Combine("recognizers-text", "Specs", "DateTime", "English");
            }

            var stage = new TemporalStage();
            TempEvalScores? all = null;
            if (timemlFolders.Length > 0)
            {
                Console.WriteLine("TimeML (TempEval-3 scoring)   docs  gold   sys  strict P/R/F1        relaxed P/R/F1        type   value acc  value F1");
            }

            foreach (string folder in timemlFolders)
            {
                string name = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
                var report = new ErrorReport(errors);
                var scores = TempEvalScorer.Score(name, TimeMLReader.ReadFolder(folder), stage, errors > 0 ? report.Print : null);
                if (errors > 0)
                {
                    report.PrintSummary(name);
                }

                Print(scores);
                all = all is null ? scores with { Name = "all" } : all + scores;
            }

            if (timemlFolders.Length > 1 && all is not null)
            {
                Print(all);
            }

            if (profile)
            {
                Profile(timemlFolders.SelectMany(f => TimeMLReader.ReadFolder(f)).Select(d => d.Text).ToList());
            }

            if (recognizersFolder is not null)
            {
                Console.WriteLine();
                RecognizersReport.Print(RecognizersTextEvaluator.Evaluate(recognizersFolder, stage));
            }

            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or DirectoryNotFoundException)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.SomeInputsFailed;
        }
    }

    private static void Profile(List<string> texts)
    {
        var rows = new List<(string Rule, double Ms)>();
        var recognizer = new TimexRecognizer(TemporalRuleSet.Default);
        var sink = new List<TimexCandidate>();
        foreach (var rule in TemporalRuleSet.Default.Rules)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            foreach (string text in texts)
            {
                recognizer.Matches(rule, text, sink);
            }

            rows.Add((rule.Name, watch.Elapsed.TotalMilliseconds));
        }

        Console.WriteLine($"Rule time over {texts.Sum(t => t.Length) / 1e6:F2} M characters (ms):");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  total {rows.Sum(r => r.Ms):F1} ms"));
        foreach (var (rule, ms) in rows.OrderByDescending(r => r.Ms).Take(40))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {rule,-32} {ms,9:F1}"));
        }
    }

    private static void Print(TempEvalScores s) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{s.Name,-28} {s.Documents,5} {s.Gold,5} {s.System,5}  {s.StrictPrecision:F3}/{s.StrictRecall:F3}/{s.StrictF1:F3}   {s.RelaxedPrecision:F3}/{s.RelaxedRecall:F3}/{s.RelaxedF1:F3}   {s.TypeAccuracy:F3}  {s.ValueAccuracy:F3}      {s.ValueF1:F3}"));
}
