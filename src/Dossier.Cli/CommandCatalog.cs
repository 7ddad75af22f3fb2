using System.CommandLine;
using Dossier.Cli.Commands;

namespace Dossier.Cli;

/// <summary>Every command of <c>dossier</c>, one line each; each command lives in its own file under Commands/.</summary>
internal static class CommandCatalog
{
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("Dossier: a source-attributed knowledge base of world affairs from news coverage.");
        var eval = new Command("eval", "Score a stage against an evaluation corpus and print its figures.");
        var train = new Command("train", "Train a model from the corpora in ../shared/data and write it under models/en.");

        root.Add(IngestCommand.Create());
        root.Add(ArticlesCommand.Create());
        root.Add(ShowCommand.Create());
        root.Add(DiffCommand.Create());
        root.Add(SearchCommand.Create());
        root.Add(AnnotateCommand.Create());
        root.Add(ExportCommand.Create());
        root.Add(ReportCommand.Create());
        root.Add(StoriesCommand.Create());
        root.Add(EntitiesCommand.Create());
        root.Add(EntityCommand.Create());
        root.Add(ClaimsCommand.Create());
        root.Add(QuotesCommand.Create());
        root.Add(AgreementsCommand.Create());
        root.Add(TimelineCommand.Create());
        root.Add(DyadCommand.Create());
        var bench = BenchCommand.Create();
        bench.Add(BenchCorpusCommand.Create());
        root.Add(bench);
        root.Add(EnqueueCommand.Create());
        root.Add(WorkerCommand.Create());
        root.Add(ServeCommand.Create());
        root.Add(eval);
        root.Add(train);

        // eval subcommands
        eval.Add(EvalSentencesCommand.Create());
        eval.Add(EvalTimelineCommand.Create());
        eval.Add(EvalTemporalCommand.Create());
        eval.Add(EvalTemporalSpeedCommand.Create());
        eval.Add(EvalNerCommand.Create());
        eval.Add(EvalParseCommand.Create());
        eval.Add(EvalEventsCommand.Create());
        eval.Add(EvalQuotesCommand.Create());
        eval.Add(EvalExtractCommand.Create());

        // train subcommands
        train.Add(TrainSentencesCommand.Create());
        train.Add(TrainNerCommand.Create());
        train.Add(TrainClustersCommand.Create());
        train.Add(TrainKbCommand.Create());
        train.Add(TrainTaggerCommand.Create());
        train.Add(TrainLemmatizerCommand.Create());
        train.Add(TrainParserCommand.Create());
        train.Add(TrainEventsLexiconCommand.Create());
        return root;
    }
}
