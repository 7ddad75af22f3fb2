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
        var command = new Command("ner", "Score the named-entity tagger: precision, recall and F1 per type and overall.") { conll, corpus, model };
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

            var watch = Stopwatch.StartNew();
            var tagger = NerModelFile.Load(parse.GetValue(model) ?? ResourceLocator.Model("en", "ner.bin.gz"));
            double loadSeconds = watch.Elapsed.TotalSeconds;
            var docs = file is not null ? ConllNerReader.ReadFile(file) : NerCorpora.Load(name!, RepositoryPaths.SharedData());
            watch.Restart();
            var evaluation = NerEvaluator.Evaluate(tagger, docs);
            double seconds = watch.Elapsed.TotalSeconds;
            Console.Write(evaluation.Report());
            Console.WriteLine($"model loaded in {loadSeconds:F2} s; tagged {evaluation.Tokens} tokens in {seconds:F2} s ({evaluation.Tokens / Math.Max(seconds, 1e-9):F0} tokens/s, one thread)");
            return ExitCodes.Success;
        });
        return command;
    }
}
