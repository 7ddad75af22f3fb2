using System.CommandLine;
using System.Diagnostics;
using Dossier.Syntax;
using Dossier.Syntax.Training;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier train parser</c>: trains the dependency parser on tags predicted by jackknifed taggers (so training
/// sees tagging errors like those at run time) and writes models/en/parser.bin.
/// </summary>
internal static class TrainParserCommand
{
    public static Command Create()
    {
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => 12 };
        var seed = new Option<int>("--seed") { Description = "Seed of the shuffling and exploration; the same seed gives the same model.", DefaultValueFactory = _ => 1 };
        var corpora = new Option<string[]>("--corpus") { Description = "Training treebanks: ewt, gum (default both).", AllowMultipleArgumentsPerToken = true };
        var folds = new Option<int>("--jackknife") { Description = "Folds for predicted training tags (0 = train on gold tags).", DefaultValueFactory = _ => 4 };
        var taggerEpochs = new Option<int>("--tagger-epochs") { Description = "Epochs of each jackknife tagger.", DefaultValueFactory = _ => 6 };
        var taggerRight = new Option<bool>("--tagger-right-context") { Description = "Jackknife taggers with a second Penn-tag pass that reads the first pass's tags of the next words (as the shipped tagger)." };
        var taggerExtended = new Option<bool>("--tagger-extended-upos") { Description = "Jackknife taggers whose universal-tag model also reads tag-dictionary classes and more Penn-tag context (as the shipped tagger)." };
        var dev = new Option<string?>("--dev") { Description = "A CoNLL-U file to score after each epoch (with the shipped tagger)." };
        var output = new Option<string?>("--output") { Description = "Model file (default models/en/parser.bin in the repository)." };
        var clusters = new Option<string?>("--clusters") { Description = "Word-cluster file (e.g. models/en/ner-clusters.tsv.gz) for cluster features of the parser and its jackknife taggers (default: none)." };
        var beam = new Option<int>("--beam") { Description = "Beam width: 1 trains the greedy parser (dynamic oracle); more trains a beam parser globally, which decodes with that width.", DefaultValueFactory = _ => 1 };
        var update = new Option<string>("--update") { Description = "Update of beam training: max-violation or early.", DefaultValueFactory = _ => "max-violation" };
        var limit = new Option<int>("--limit") { Description = "Train on the first N sentences only (0 = all), for quick checks.", DefaultValueFactory = _ => 0 };
        var prune = new Option<float>("--prune") { Description = "Leave out averaged weights smaller than this in magnitude (smaller file, a little less accurate).", DefaultValueFactory = _ => 0.5f };
        var pruneModel = new Option<string?>("--prune-model") { Description = "Instead of training, prune this parser model file with --prune and write it to --output." };
        var quantize = new Option<int>("--quantize") { Description = "With --prune-model: store the weights as integers of 16 or 8 bits (smaller file and model, scores change slightly); 0 keeps floats.", DefaultValueFactory = _ => 0 };
        var command = new Command("parser", "Train the dependency parser from UD treebanks in ../shared/data.")
        {
            epochs, seed, corpora, folds, taggerEpochs, taggerRight, taggerExtended, dev, output, clusters, beam, update, limit, prune, pruneModel, quantize,
        };
        command.SetAction(parse =>
        {
            var names = parse.GetValue(corpora) is { Length: > 0 } c ? c : TrainingCorpora.Default;
            int width = parse.GetValue(beam);
            string updateName = parse.GetValue(update) ?? "max-violation";
            BeamUpdate? rule = updateName switch
            {
                "max-violation" => BeamUpdate.MaxViolation,
                "early" => BeamUpdate.Early,
                _ => null,
            };
            if (width < 1 || rule is null)
            {
                Console.Error.WriteLine($"DOS0220: --beam must be at least 1 and --update max-violation or early (got {width} and {updateName}).");
                return ExitCodes.Usage;
            }

            string models = TrainingCorpora.RepositoryModels;
            string path = parse.GetValue(output) ?? Path.Combine(models, SyntaxModels.ParserFile);
            var started = Stopwatch.StartNew();
            if (parse.GetValue(pruneModel) is { } source)
            {
                int bits = parse.GetValue(quantize);
                if (bits is not (0 or 8 or 16))
                {
                    Console.Error.WriteLine($"DOS0229: --quantize must be 0, 8 or 16 (got {bits}).");
                    return ExitCodes.Usage;
                }

                var pruned = DependencyParser.Load(source).Pruned(parse.GetValue(prune));
                (bits > 0 ? pruned.Quantized(bits) : pruned).Save(path);
                string stored = bits > 0 ? FormattableString.Invariant($", weights as {bits}-bit integers") : "";
                Console.WriteLine(FormattableString.Invariant($"wrote {path} ({new FileInfo(path).Length / 1024.0 / 1024.0:F1} MB), {source} pruned below {parse.GetValue(prune)}{stored}"));
                return ExitCodes.Success;
            }

            var data = TrainingCorpora.Load(names);
            if (parse.GetValue(limit) is > 0 and var n && n < data.Count)
            {
                data = [.. data.Take(n)];
            }

            Console.WriteLine(FormattableString.Invariant($"training on {string.Join('+', names)}: {data.Count} sentences, {data.Sum(s => s.Length)} words"));
            int k = parse.GetValue(folds);
            if (k > 1)
            {
                var lexicon = ClusterFile.Lexicon(parse.GetValue(clusters));
                var taggerOptions = new TaggerTrainingOptions(parse.GetValue(taggerEpochs), parse.GetValue(seed))
                {
                    RightContext = parse.GetValue(taggerRight),
                    ExtendedUpos = parse.GetValue(taggerExtended),
                };
                data = Jackknife.Retag(data, lexicon, k, taggerOptions, Console.WriteLine);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var gold = parse.GetValue(dev) is { } devPath ? TreebankSentence.ReadConllu(devPath) : null;
            void AfterEpoch(DependencyParser parser, int epoch)
            {
                // Each epoch's model is saved, so a long run stopped early still leaves a usable parser.
                parser.Save(path);
                if (gold is not null)
                {
                    var tagger = PosTagger.Load(Path.Combine(models, SyntaxModels.TaggerFile));
                    var lemmatizer = Lemmatizer.Load(Path.Combine(models, SyntaxModels.LemmatizerFile));
                    var scores = ParseEvaluator.Evaluate(gold, SyntaxModels.Create(tagger, lemmatizer, parser));
                    Console.WriteLine(FormattableString.Invariant($"  dev after epoch {epoch}: UAS {scores.Uas:F2}, LAS {scores.Las:F2} (UPOS {scores.Upos:F2})"));
                }
            }

            var clusterPaths = ClusterFile.ReadOptional(parse.GetValue(clusters));
            var trained = ParserTrainer.Train(data, parse.GetValue(epochs), parse.GetValue(seed), Console.WriteLine, AfterEpoch, clusterPaths, width, rule.Value, parse.GetValue(prune));
            trained.Save(path);
            Console.WriteLine(FormattableString.Invariant($"wrote {path} ({new FileInfo(path).Length / 1024.0 / 1024.0:F1} MB) in {started.Elapsed.TotalMinutes:F1} min"));
            return ExitCodes.Success;
        });
        return command;
    }
}
