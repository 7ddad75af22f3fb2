using System.CommandLine;
using System.Diagnostics;
using Dossier.Syntax;
using Dossier.Syntax.Training;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier train tagger</c>: trains the POS tagger on the treebanks and writes models/en/tagger.bin.</summary>
internal static class TrainTaggerCommand
{
    public static Command Create()
    {
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Seed of the shuffling; the same seed gives the same model.", DefaultValueFactory = _ => 1 };
        var corpora = new Option<string[]>("--corpus") { Description = "Training treebanks: ewt, gum (default both).", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string?>("--output") { Description = "Model file (default models/en/tagger.bin in the repository)." };
        var clusters = new Option<string?>("--clusters") { Description = "Word-cluster file (e.g. models/en/ner-clusters.tsv.gz) for cluster features (default: none)." };
        var right = new Option<bool>("--right-context") { Description = "Add a second Penn-tag pass that reads the first pass's tags of the next words." };
        var jackknife = new Option<int>("--jackknife") { Description = "Folds (0: none): the second pass and the universal model learn from tags of taggers that did not see the sentence." };
        var uposOnly = new Option<bool>("--jackknife-upos-only") { Description = "With --jackknife: only the universal-tag model learns from held-out tags; the second pass from the first pass's own." };
        var jackknifeEpochs = new Option<int>("--jackknife-epochs") { Description = "Epochs of each fold's tagger.", DefaultValueFactory = _ => 4 };
        var heldOut = new Option<string?>("--held-out-tags") { Description = "With --jackknife: file keeping the folds' tags (read if made by the same data and options, else written)." };
        var extendedUpos = new Option<bool>("--extended-upos") { Description = "The universal-tag model also reads tag-dictionary classes and more Penn-tag context." };
        var prune = new Option<float>("--prune") { Description = "With --prune-model: leave out weights smaller than this in magnitude (training itself drops those under 0.5).", DefaultValueFactory = _ => 0.5f };
        var pruneUpos = new Option<float?>("--prune-upos") { Description = "With --prune-model: the threshold of the universal-tag model (default: --prune's)." };
        var uposOn = new Option<string?>("--upos-on") { Description = "Keep the Penn passes (and tag dictionary) of this tagger file and train only a new universal-tag model on their tags." };
        var context = new Option<bool>("--penn-context") { Description = "With --upos-on: the universal-tag model also reads the first Penn pass's tag, the final pass's second choice and the verb form ahead of the word." };
        var pennLog = new Option<string?>("--penn-log") { Description = "Training writes the Penn tags of every epoch to this file; with --upos-on the universal-tag model learns from them instead of the finished passes' tags." };
        var uposModels = new Option<int>("--upos-models") { Description = "With --upos-on: train this many universal-tag models (seeds --seed, --seed + 1, ...) and keep their mean.", DefaultValueFactory = _ => 1 };
        var names = new Option<bool>("--names") { Description = "Name features: whether a word is a first name, country, demonym, place or leader's surname (NLTK names and gazetteers, resources/en/entities), stored in the model." };
        var masc = new Option<int>("--masc-epochs") { Description = "The Penn passes also learn from MASC's written sentences whose every tag agrees with the treebanks', in this many first epochs (0: none)." };
        var mascMajority = new Option<bool>("--masc-majority") { Description = "With --masc-epochs: keep only MASC sentences whose every tag is the word's most frequent treebank tag, and TO only before a verb." };
        var pruneModel = new Option<string?>("--prune-model") { Description = "Instead of training, prune this tagger model file with --prune and write it to --output." };
        var command = new Command("tagger", "Train the part-of-speech tagger (Penn and universal tags) from UD treebanks in ../shared/data.")
        {
            epochs, seed, corpora, output, clusters, right, jackknife, uposOnly, jackknifeEpochs, heldOut, extendedUpos, uposOn, context, pennLog, uposModels, names, masc, mascMajority, prune, pruneUpos, pruneModel,
        };
        command.SetAction(parse =>
        {
            var corpusNames = parse.GetValue(corpora) is { Length: > 0 } c ? c : TrainingCorpora.Default;
            string path = parse.GetValue(output) ?? Path.Combine(TrainingCorpora.RepositoryModels, "tagger.bin");
            var started = Stopwatch.StartNew();
            if (parse.GetValue(pruneModel) is { } source)
            {
                float below = parse.GetValue(prune);
                float uposBelow = parse.GetValue(pruneUpos) ?? below;
                PosTagger.Load(source).Pruned(below, uposBelow).Save(path);
                Console.WriteLine(FormattableString.Invariant($"wrote {path} ({new FileInfo(path).Length / 1024.0 / 1024.0:F1} MB), {source} pruned below {below} (universal model below {uposBelow})"));
                return ExitCodes.Success;
            }

            var data = TrainingCorpora.Load(corpusNames);
            Console.WriteLine(FormattableString.Invariant($"training on {string.Join('+', corpusNames)}: {data.Count} sentences, {data.Sum(s => s.Length)} words"));
            var options = new TaggerTrainingOptions(parse.GetValue(epochs), parse.GetValue(seed))
            {
                RightContext = parse.GetValue(right),
                Jackknife = parse.GetValue(jackknife),
                JackknifeUposOnly = parse.GetValue(uposOnly),
                JackknifeEpochs = parse.GetValue(jackknifeEpochs),
                HeldOutTagsFile = parse.GetValue(heldOut),
                ExtendedUpos = parse.GetValue(extendedUpos),
                PennContext = parse.GetValue(context),
                PennTagLogFile = parse.GetValue(pennLog),
                UposModels = parse.GetValue(uposModels),
                PennOnlyEpochs = parse.GetValue(masc),
            };
            if (options.PennOnlyEpochs > 0)
            {
                options = options with { PennOnly = MascSentences.Agreeing(TrainingCorpora.Masc, data, parse.GetValue(mascMajority)) };
                Console.WriteLine(FormattableString.Invariant($"MASC sentences for the Penn passes (epochs 1-{options.PennOnlyEpochs}): {options.PennOnly.Count}, {options.PennOnly.Sum(s => s.Length)} words"));
            }

            PosTagger tagger;
            if (parse.GetValue(uposOn) is { } basis)
            {
                tagger = UniversalModelTrainer.Train(PosTagger.Load(basis), data, options, Console.WriteLine);
            }
            else
            {
                var lexicon = ClusterFile.Lexicon(parse.GetValue(clusters));
                if (parse.GetValue(names))
                {
                    lexicon = lexicon.WithNames(NameLists.ReadDefault());
                    Console.WriteLine(FormattableString.Invariant($"name classes: {lexicon.Names.Count} words"));
                }

                Console.WriteLine(FormattableString.Invariant($"tag dictionary from MASC: {lexicon.Count} forms; {lexicon.ClusterCount} words with clusters"));
                tagger = TaggerTrainer.Train(data, lexicon, options, Console.WriteLine);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            tagger.Save(path);
            Console.WriteLine(FormattableString.Invariant($"wrote {path} ({new FileInfo(path).Length / 1024.0 / 1024.0:F1} MB) in {started.Elapsed.TotalSeconds:F0} s"));
            return ExitCodes.Success;
        });
        return command;
    }
}
