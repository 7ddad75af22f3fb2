using System.CommandLine;
using Dossier.Syntax;
using Dossier.Syntax.Training;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier train lemmatizer</c>: derives suffix rules and exceptions from the treebanks' gold lemmas.</summary>
internal static class TrainLemmatizerCommand
{
    public static Command Create()
    {
        var corpora = new Option<string[]>("--corpus") { Description = "Treebanks: ewt, gum (default both).", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string?>("--output") { Description = "Output file (default models/en/lemmatizer.tsv in the repository)." };
        var command = new Command("lemmatizer", "Derive the lemmatizer's rules and exception list from UD treebanks in ../shared/data.") { corpora, output };
        command.SetAction(parse =>
        {
            var names = parse.GetValue(corpora) is { Length: > 0 } c ? c : TrainingCorpora.Default;
            string path = parse.GetValue(output) ?? Path.Combine(TrainingCorpora.RepositoryModels, SyntaxModels.LemmatizerFile);
            var lemmatizer = LemmatizerTrainer.Train(TrainingCorpora.Load(names));
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            lemmatizer.Save(path);
            Console.WriteLine(FormattableString.Invariant($"wrote {path}: {lemmatizer.RuleCount} suffix rules, {lemmatizer.ExceptionCount} exceptions"));
            return ExitCodes.Success;
        });
        return command;
    }
}
