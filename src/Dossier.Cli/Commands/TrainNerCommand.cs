using System.CommandLine;
using System.Diagnostics;
using Dossier.Entities.Ner;
using Dossier.Resources;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier train ner</c>: trains the entity tagger on the shared corpora and writes models/en/ner.bin.gz.</summary>
internal static class TrainNerCommand
{
    public static Command Create()
    {
        var corpora = new Option<string[]>("--corpora")
        {
            Description = $"Training corpora ({string.Join(", ", NerCorpora.Names)}).",
            DefaultValueFactory = _ => ["conll"],
            AllowMultipleArgumentsPerToken = true,
        };
        var epochs = new Option<int>("--epochs") { Description = "Perceptron passes over the data.", DefaultValueFactory = _ => 12 };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed (training is deterministic for a seed).", DefaultValueFactory = _ => 1 };
        var output = new Option<string?>("--output") { Description = "Model file to write (default models/en/ner.bin.gz in the repository)." };
        var noGazetteer = new Option<bool>("--no-gazetteer") { Description = "Train without gazetteer features." };
        var folds = new Option<int>("--folds") { Description = "Jackknife folds for a second pass over first-pass labels (1 = a single pass).", DefaultValueFactory = _ => 1 };
        var models = new Option<int>("--models") { Description = "Models trained with successive seeds and averaged (single pass only).", DefaultValueFactory = _ => 3 };
        var noClusters = new Option<bool>("--no-clusters") { Description = "Train without word-cluster features." };
        var basic = new Option<bool>("--basic-features") { Description = "Train without the feature templates of model format 2 (ablation)." };
        var beam = new Option<int>("--beam") { Description = "Hypotheses kept per token when tagging (1 = greedy).", DefaultValueFactory = _ => 3 };
        var temperature = new Option<float>("--temperature") { Description = "Softmax temperature of the beam's local scores.", DefaultValueFactory = _ => 30f };
        var dev = new Option<string[]>("--dev")
        {
            Description = "Corpora to score after training (conll-dev, wikigold…).",
            DefaultValueFactory = _ => ["conll-dev"],
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("ner", "Train the named-entity tagger (averaged perceptron, BILOU) on ../shared/data.")
        {
            corpora, epochs, seed, folds, models, output, noGazetteer, noClusters, basic, beam, temperature, dev,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(beam) < 1 || !(parse.GetValue(temperature) > 0))
            {
                Consoles.Error("--beam must be at least 1 and --temperature above 0");
                return ExitCodes.Usage;
            }

            string data = RepositoryPaths.SharedData();
            string? root = RepositoryPaths.FindRoot();
            string path = parse.GetValue(output) ?? Path.Combine(root ?? ".", "models", "en", "ner.bin.gz");
            var docs = new List<NerDocument>();
            foreach (string name in parse.GetValue(corpora)!)
            {
                var loaded = NerCorpora.Load(name, data);
                Console.WriteLine($"{name}: {loaded.Count} documents, {loaded.Sum(d => d.Sentences.Count)} sentences");
                docs.AddRange(loaded);
            }

            var gazetteer = parse.GetValue(noGazetteer) ? Gazetteer.Empty : NerGazetteerBuilder.Build(data);
            var clusters = parse.GetValue(noClusters) ? WordClusters.Empty : NerClusterFile.LoadShipped(root);
            Console.WriteLine($"gazetteer: {gazetteer.Count} phrases in {gazetteer.Categories.Count} categories; clusters: {clusters.Count} words");
            var watch = Stopwatch.StartNew();
            bool extended = !parse.GetValue(basic);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var tagger = (parse.GetValue(folds) > 1
                ? NerTrainer.TrainTwoPass(docs, NerCorpora.Types, gazetteer, clusters, parse.GetValue(epochs), parse.GetValue(seed), parse.GetValue(folds), Console.WriteLine, extended)
                : NerTrainer.TrainMixed(docs, NerCorpora.Types, gazetteer, clusters, parse.GetValue(epochs), parse.GetValue(seed), parse.GetValue(models), Console.WriteLine, extended))
                .WithBeam(parse.GetValue(beam), parse.GetValue(temperature));
            Console.WriteLine($"trained in {watch.Elapsed.TotalSeconds:F1} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F1} s CPU");
            NerModelFile.Save(tagger, path);
            Console.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024} KB)");
            var reloaded = NerModelFile.Load(path);
            foreach (string name in parse.GetValue(dev)!)
            {
                Console.WriteLine($"== {name}");
                Console.Write(NerEvaluator.Evaluate(reloaded, NerCorpora.Load(name, data)).Report());
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
