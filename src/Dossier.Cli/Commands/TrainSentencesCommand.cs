using System.CommandLine;
using System.Globalization;
using Dossier.Evaluation;
using Dossier.Resources;
using Dossier.Text;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier train sentences</c>: trains the sentence-boundary classifier on rebuilt treebank text (by default
/// UD English-EWT train and GUM train without its news documents, so that all GUM news stays held out).
/// </summary>
internal static class TrainSentencesCommand
{
    private static readonly string[] DefaultCorpora = ["ud-ewt/en_ewt-ud-train.conllu.gz", "gum/en_gum-ccby-train.conllu.gz"];

    public static Command Create()
    {
        var conllu = new Option<string[]>("--conllu")
        {
            Description = "Training CoNLL-U file(s); relative paths are tried under the shared data folder.",
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => DefaultCorpora,
        };
        var exclude = new Option<string[]>("--exclude-docs")
        {
            Description = "Leave out documents whose id starts with any of these prefixes (default GUM_news: kept for evaluation).",
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => ["GUM_news"],
        };
        var epochs = new Option<int>("--epochs") { Description = "Perceptron passes over the examples.", DefaultValueFactory = _ => 8 };
        var seeds = new Option<int>("--seeds") { Description = "Perceptrons trained on differently shuffled examples and averaged into one model.", DefaultValueFactory = _ => 5 };
        var output = new Option<string?>("--out") { Description = "Where to write the model (default models/en/sentences/boundary.model in the repository)." };
        var command = new Command("sentences", "Train the sentence-boundary classifier from treebank text.") { conllu, exclude, epochs, seeds, output };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(conllu) ?? DefaultCorpora,
            parseResult.GetValue(exclude) ?? [],
            parseResult.GetValue(epochs),
            parseResult.GetValue(seeds),
            parseResult.GetValue(output)));
        return command;
    }

    private static int Run(string[] files, string[] exclude, int epochs, int seeds, string? output)
    {
        if (epochs < 1 || seeds < 1)
        {
            Console.Error.WriteLine("DOS0121: --epochs and --seeds must be at least 1.");
            return ExitCodes.Usage;
        }

        var tokenizer = new Tokenizer(TokenizerLexicon.Default);
        var documents = new List<TreebankDocument>();
        foreach (string file in files)
        {
            string path = File.Exists(file) ? file : DataPaths.Resolve(file);
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"DOS0120: {file} does not exist (nor {path}); pass a CoNLL-U file or set DOSSIER_DATA to the shared data folder.");
                return ExitCodes.SomeInputsFailed;
            }

            documents.AddRange(TreebankText.Read(path).Where(d => !exclude.Any(p => d.Id.StartsWith(p, StringComparison.Ordinal))));
        }

        var examples = BoundaryTrainer.Examples(tokenizer, documents);
        int positives = examples.Count(e => e.Boundary);
        var model = BoundaryTrainer.Train(examples, epochs, seeds);
        string path1 = output ?? Path.Combine(RepositoryRoot(), "models", "en", "sentences", "boundary.model");
        model.Save(path1,
        [
            $"SOURCE: mean of {seeds} averaged perceptrons trained by 'dossier train sentences --epochs {epochs} --seeds {seeds}' on {string.Join(", ", files.Select(Path.GetFileName))}"
                + (exclude.Length > 0 ? $" without documents starting {string.Join(", ", exclude)}" : string.Empty),
            string.Create(CultureInfo.InvariantCulture, $"DATA: {documents.Count} documents, {examples.Count} candidate gaps, {positives} sentence ends"),
            "LICENSE: weights derived from UD English-EWT (CC BY-SA 4.0) and UD English-GUM CC-BY genres (CC BY); see models/en/sentences/README.md",
        ]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"trained on {documents.Count} documents, {examples.Count} candidate gaps ({positives} boundaries); {model.Count} weights written to {path1}"));
        return ExitCodes.Success;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dossier.slnx")))
            {
                return dir.FullName;
            }
        }

        return ResourceLocator.Root;
    }
}
