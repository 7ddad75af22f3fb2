using System.CommandLine;
using System.Diagnostics;
using Dossier.Entities.Ner;
using Dossier.Resources;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier eval ner</c>: scores the entity tagger on a column NER file, conlleval-style.</summary>
internal static class EvalNerCommand
{
    public static Command Create()
    {
        var conll = new Option<string?>("--conll") { Description = "A column NER file (word … TAG per line; CoNLL-2003, WikiGold)." };
        var corpus = new Option<string?>("--corpus") { Description = $"A named corpus from ../shared/data instead ({string.Join(", ", NerCorpora.Names)})." };
        var model = new Option<string?>("--model") { Description = "Model file (default: the shipped models/en/ner.bin.gz)." };
        var repeat = new Option<int>("--speed-runs") { Description = "Time tagging alone this many times and report the fastest (0 = no speed runs).", DefaultValueFactory = _ => 3 };
        var errors = new Option<string?>("--errors") { Description = "Write every missed and spurious entity with its sentence to this file." };
        var beam = new Option<int?>("--beam") { Description = "Hypotheses kept per token when tagging (1 = greedy; default: the model's own)." };
        var temperature = new Option<float?>("--temperature") { Description = "Softmax temperature of the beam's local scores (default: the model's own)." };
        var command = new Command("ner", "Score the named-entity tagger: precision, recall and F1 per type and overall.") { conll, corpus, model, errors, repeat, beam, temperature };
        command.SetAction(parse =>
        {
            string? file = parse.GetValue(conll);
            string? name = parse.GetValue(corpus);
            if ((file is null) == (name is null))
            {
                Console.Error.WriteLine("DOS0509: give exactly one of --conll FILE or --corpus NAME.");
                return ExitCodes.Usage;
            }

            if (file is not null && !File.Exists(file))
            {
                Console.Error.WriteLine($"DOS0510: {file} does not exist.");
                return ExitCodes.Usage;
            }

            if (parse.GetValue(beam) is < 1 || parse.GetValue(temperature) is <= 0)
            {
                Console.Error.WriteLine("DOS0512: --beam must be at least 1 and --temperature above 0.");
                return ExitCodes.Usage;
            }

            var watch = Stopwatch.StartNew();
            var tagger = NerModelFile.Load(parse.GetValue(model) ?? ResourceLocator.Model("en", "ner.bin.gz"));
            if (parse.GetValue(beam) is not null || parse.GetValue(temperature) is not null)
            {
                tagger = tagger.WithBeam(parse.GetValue(beam) ?? tagger.BeamWidth, parse.GetValue(temperature));
            }

            double loadSeconds = watch.Elapsed.TotalSeconds;
            var docs = file is not null ? ConllNerReader.ReadFile(file) : NerCorpora.Load(name!, RepositoryPaths.SharedData());
            // Warm up the JIT on a few documents so the speed figure is the steady state.
            NerEvaluator.Evaluate(tagger, docs.Take(20));
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            watch.Restart();
            string? errorsPath = parse.GetValue(errors);
            using var errorWriter = errorsPath is null ? null : new StreamWriter(errorsPath);
            var evaluation = NerEvaluator.Evaluate(tagger, docs, errorWriter);
            double seconds = watch.Elapsed.TotalSeconds;
            double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            Console.Write(evaluation.Report());
            Console.WriteLine($"model loaded in {loadSeconds:F2} s; tagged {evaluation.Tokens} tokens in {seconds:F2} s wall, {cpuSeconds:F2} s CPU ({evaluation.Tokens / Math.Max(cpuSeconds, 1e-9):F0} tokens per CPU second, one thread, scoring included)");
            double best = double.MaxValue;
            var sentences = docs.Select(d => d.Sentences.Select(x => x.Words).ToArray()).ToList();
            for (int run = 0; run < parse.GetValue(repeat); run++)
            {
                var before = Process.GetCurrentProcess().TotalProcessorTime;
                foreach (var d in sentences)
                {
                    tagger.Tag(d);
                }

                best = Math.Min(best, (Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds);
            }

            if (best < double.MaxValue)
            {
                Console.WriteLine($"speed: {evaluation.Tokens / Math.Max(best, 1e-9):F0} tokens per CPU second (tagging only, one thread, fastest of {parse.GetValue(repeat)} runs)");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
