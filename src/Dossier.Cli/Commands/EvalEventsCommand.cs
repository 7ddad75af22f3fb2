using System.CommandLine;
using System.Globalization;
using Dossier.Events;
using Dossier.Events.Petrarch;
using Dossier.Resources;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier eval events</c>: runs the event coder on PETRARCH validation records with their own dictionaries and
/// gold UD parses, and prints recall of expected events, extra events per record and exact-code accuracy, overall
/// and by category.
/// </summary>
internal static class EvalEventsCommand
{
    private const string DefaultFile = "events/universal-petrarch/validate/PETR_Validate_records_2_02.xml";

    public static Command Create()
    {
        var petrarch = new Option<string?>("--petrarch") { Description = $"PETRARCH validation XML (default: ../shared/data/{DefaultFile})." };
        var dictionaries = new Option<string?>("--dictionaries") { Description = "Folder holding the dictionaries the file's <Environment> names (default: the file's folder)." };
        var verbose = new Option<bool>("--verbose") { Description = "List every record that was not coded exactly as expected." };
        var speed = new Option<int>("--speed") { Description = "Also time the coder alone (parses prebuilt) over the records this many times and print sentences per second." };
        var command = new Command("events", "Score the event coder on PETRARCH validation records (recall, extra events per record, exact-code accuracy).") { petrarch, dictionaries, verbose, speed };
        command.SetAction(parse =>
        {
            string file;
            try
            {
                file = parse.GetValue(petrarch) ?? SharedData.Combine(DefaultFile.Split('/'));
            }
            catch (DirectoryNotFoundException ex)
            {
                Consoles.Error(ex.Message);
                return ExitCodes.Usage;
            }

            try
            {
                return Run(file, parse.GetValue(dictionaries), parse.GetValue(verbose), parse.GetValue(speed));
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException)
            {
                Consoles.Error(ex.Message);
                return ExitCodes.SomeInputsFailed;
            }
        });
        return command;
    }

    /// <summary>Evaluates and prints; returns the exit code.</summary>
    internal static int Run(string file, string? dictionaryFolder, bool verbose, int speedRounds = 0)
    {
        var validation = ValidationFile.Read(file);
        string folder = dictionaryFolder ?? Path.GetDirectoryName(Path.GetFullPath(file))!;
        var env = validation.Environment;
        foreach (string key in new[] { "Verbfile", "Actorfile", "Agentfile" })
        {
            if (!env.ContainsKey(key))
            {
                Consoles.Error($"DOS0612: {file} has no <{key}> in its <Environment>; the evaluation needs it to know which dictionary to read.");
                return ExitCodes.Usage;
            }
        }

        var dicts = PetrarchDictionaries.Load(folder, env["Verbfile"], env["Actorfile"], env["Agentfile"], env.GetValueOrDefault("Discardfile"), env.GetValueOrDefault("PICOfile"));
        var result = PetrarchEvaluation.Run(validation, dicts);
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"Validation file: {file}"));
        Console.WriteLine(string.Create(inv, $"Dictionaries: {folder} (verbs: {dicts.VerbStats.Blocks} blocks, {dicts.VerbStats.Verbs} verbs, {dicts.VerbStats.Patterns} patterns, {dicts.VerbStats.Synsets} synsets; actors: {dicts.Actors.Count} phrases; agents: {dicts.Agents.Count} phrases)"));
        Console.WriteLine();
        Console.WriteLine("category     records  expected     found    recall     extra  extra/rec  code-acc");
        foreach (var (category, score) in result.ByCategory.Append(new KeyValuePair<string, ValidationScore>("Total", result.Total)))
        {
            Console.WriteLine(string.Create(inv, $"{category,-10} {score.Records,9} {score.Expected,9} {score.Found,9} {score.Recall * 100,8:F1}% {score.Extra,9} {score.ExtraRate * 100,9:F1}% {score.CodeAccuracy * 100,8:F1}%"));
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(inv, $"recall {result.Total.Recall * 100:F1}%  extra events per record {result.Total.ExtraRate * 100:F1}%  exact-code accuracy {result.Total.CodeAccuracy * 100:F1}% ({result.Total.ExactCode}/{result.Total.DyadMatches} events with the expected actors)  same cue category {(result.Total.DyadMatches == 0 ? 0 : 100.0 * result.Total.SameFamily / result.Total.DyadMatches):F1}%"));
        if (verbose)
        {
            foreach (var o in result.Outcomes.Where(o => o.Score.Found < o.Score.Expected || o.Score.Extra > 0))
            {
                Console.WriteLine();
                Console.WriteLine($"{o.Record.Id} [{o.Record.Category}] {o.Record.Text}");
                Console.WriteLine("  expected: " + (o.Record.ExpectsNoEvents ? "no events" : string.Join("; ", o.Record.Expected.Select(x => $"{x.Code} {x.Source} {x.Target}"))));
                Console.WriteLine("  coded:    " + (o.Discarded is { } d ? $"discarded ({d})" : string.Join("; ", o.Coded.Select(e => $"{e.Code} {Actor(e.Sources)} {Actor(e.Targets)} [{e.Modality}]"))));
            }
        }

        if (speedRounds > 0)
        {
            var petrarchCoder = new EventCoder(dicts.Lexicon, dicts.Resolver, EventCoderOptions.Petrarch with { Negate = dicts.Ontology is { } o ? o.Negate : null });
            MeasureSpeed(validation, petrarchCoder, speedRounds, "validation dictionaries");
            var dossierCoder = new EventCoder(EventsStage.LoadDefaultLexicon(), dicts.Resolver, EventCoderOptions.Default);
            MeasureSpeed(validation, dossierCoder, speedRounds, "Dossier's lexicon (CAMEO verbs + extensions + nouns)");
        }

        return ExitCodes.Success;
    }

    /// <summary>Sentences per second of the coder alone: documents and parses are built once, outside the timing.</summary>
    private static void MeasureSpeed(ValidationFile validation, EventCoder coder, int rounds, string what)
    {
        var docs = validation.Records.Select(r => (Doc: ConlluDocument.Build(r.Id, r.Parse, r.Date), r.Date)).ToList();
        int sentences = 0, events = 0;
        foreach (var (doc, date) in docs)
        {
            events += coder.CodeSentence(doc, 0, date, null).Count;
        }

        // Warm up (the JIT's tiered compilation) before timing the steady state.
        for (int round = 0; round < Math.Max(1, rounds / 4); round++)
        {
            foreach (var (doc, date) in docs)
            {
                coder.CodeSentence(doc, 0, date, null);
            }
        }

        var cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (int round = 0; round < rounds; round++)
        {
            foreach (var (doc, date) in docs)
            {
                for (int s = 0; s < doc.Sentences.Count; s++)
                {
                    events += coder.CodeSentence(doc, s, date, null).Count;
                    sentences++;
                }
            }
        }

        watch.Stop();
        double cpu = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;

        // On a shared machine the wall clock includes waiting for a core; CPU time is what one core spends.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speed with {what}: {sentences} sentences, {watch.Elapsed.TotalSeconds:F2} s wall, {cpu:F2} s CPU = {sentences / watch.Elapsed.TotalSeconds:F0} sentences/s wall, {sentences / cpu:F0} sentences per CPU-second (one thread, coder only, parse excluded; {events} events)"));
    }

    private static string Actor(IReadOnlyList<Model.EventActor> actors) => actors.Count == 0 ? "---" : actors[0].Code ?? "---";
}
