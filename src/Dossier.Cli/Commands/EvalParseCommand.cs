using System.CommandLine;
using System.Diagnostics;
using Dossier.Resources;
using Dossier.Syntax;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier eval parse</c>: tags, lemmatizes and parses a gold-tokenized CoNLL-U file and prints the scores.</summary>
internal static class EvalParseCommand
{
    public static Command Create()
    {
        var conllu = new Option<string>("--conllu") { Description = "Gold CoNLL-U file (plain or .gz); its syntactic words are the input tokens.", Required = true };
        var models = new Option<string?>("--models") { Description = "Folder with tagger.bin, lemmatizer.tsv and parser.bin (default: the shipped models/en)." };
        var genre = new Option<string?>("--doc-prefix") { Description = "Only score documents whose id starts with this (e.g. GUM_news)." };
        var passes = new Option<int>("--passes") { Description = "Run the stages this many times and report the fastest (the first warms up the JIT).", DefaultValueFactory = _ => 1 };
        var confusions = new Option<bool>("--confusions") { Description = "Also print the most frequent UPOS confusions (gold -> predicted)." };
        var beam = new BeamOptions();
        var command = new Command("parse", "Score the tagger (UPOS, XPOS), lemmatizer and parser (UAS, LAS) on gold tokenization.")
        {
            conllu, models, genre, passes, confusions, beam.Margin, beam.Width,
        };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(conllu)!;
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"DOS0216: {path} does not exist; pass a CoNLL-U file such as ../shared/data/ud-ewt/en_ewt-ud-dev.conllu.gz.");
                return ExitCodes.Usage;
            }

            var load = Stopwatch.StartNew();
            var loaded = SyntaxModels.Load(parse.GetValue(models) ?? ResourceLocator.Model("en"));
            double loadSeconds = load.Elapsed.TotalSeconds;
            if (beam.Apply(parse, loaded.Parser, out string? error) is not { } parser)
            {
                Console.Error.WriteLine(error);
                return ExitCodes.Usage;
            }

            loaded = SyntaxModels.Create(loaded.Tagger, loaded.Lemmatizer, parser);
            var gold = TreebankSentence.ReadConllu(path);
            if (parse.GetValue(genre) is { } prefix)
            {
                gold = gold.Where(s => s.DocumentId?.StartsWith(prefix, StringComparison.Ordinal) == true).ToList();
            }

            var confused = parse.GetValue(confusions) ? new Dictionary<(string Gold, string Predicted), int>() : null;
            var scores = ParseEvaluator.Evaluate(gold, loaded, parse.GetValue(passes), confused);
            Console.WriteLine(FormattableString.Invariant($"file   {path}{(parse.GetValue(genre) is { } p ? $" (documents {p}*)" : string.Empty)}"));
            Console.WriteLine(FormattableString.Invariant($"words  {scores.Words}"));
            Console.WriteLine(FormattableString.Invariant($"beam   {parser.DecodeWidth} (trained {parser.BeamWidth}), margin {BeamOptions.MarginText(parser.BeamMargin)}"));
            Console.WriteLine(FormattableString.Invariant($"UPOS   {scores.Upos:F2}"));
            Console.WriteLine(FormattableString.Invariant($"XPOS   {scores.Xpos:F2}"));
            Console.WriteLine(FormattableString.Invariant($"Lemma  {scores.Lemma:F2}"));
            Console.WriteLine(FormattableString.Invariant($"UAS    {scores.Uas:F2}"));
            Console.WriteLine(FormattableString.Invariant($"LAS    {scores.Las:F2}  (universal relation; with subtypes {scores.LasFull:F2})"));
            Console.WriteLine(FormattableString.Invariant($"speed  {scores.WordsPerSecond:F0} words per CPU-second tagging+lemmatizing+parsing, one thread (models loaded in {loadSeconds:F2} s)"));
            foreach (var ((g, predicted), n) in (confused ?? []).OrderByDescending(kv => kv.Value).Take(15))
            {
                Console.WriteLine(FormattableString.Invariant($"  {g,-6} -> {predicted,-6} {n}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
