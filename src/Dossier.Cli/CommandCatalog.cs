using System.CommandLine;
namespace Dossier.Cli;

/// <summary>Every command of <c>dossier</c>, one line each; each command lives in its own file under Commands/.</summary>
internal static class CommandCatalog
{
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("Dossier: a source-attributed knowledge base of world affairs from news coverage.");
        var eval = new Command("eval", "Score a stage against an evaluation corpus and print its figures.");
        var train = new Command("train", "Train a model from the corpora in ../shared/data and write it under models/en.");
        eval.Add(Commands.EvalExtractCommand.Create());
        root.Add(eval);
        root.Add(train);

        return root;
    }
}
