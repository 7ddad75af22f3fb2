using System.CommandLine;
using Dossier.Events;
using Dossier.Events.Lexicon;
using Dossier.Events.Petrarch;
using Dossier.Resources;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier train events-lexicon</c>: derives <c>resources/en/events/verbs.tsv</c> and <c>synsets.tsv</c> from the
/// CAMEO verb dictionary (PETRARCH-2, MIT) and <c>cameo.tsv</c> from PLOVER's CAMEO2PLOVER table and Dossier's
/// Goldstein table. Hand-written extensions live in <c>extensions.tsv</c> and <c>nouns.tsv</c> and are not touched.
/// </summary>
internal static class TrainEventsLexiconCommand
{
    public static Command Create()
    {
        var cameo = new Option<string?>("--cameo") { Description = "CAMEO verb dictionary (default: ../shared/data/events/petrarch2/dictionaries/CAMEO.2.0.txt)." };
        var plover = new Option<string?>("--plover") { Description = "CAMEO2PLOVER table (default: ../shared/data/events/plover/CAMEO2PLOVER-2021.txt)." };
        var output = new Option<string?>("--out") { Description = "Folder to write verbs.tsv, synsets.tsv and cameo.tsv into (default: resources/en/events of the repository)." };
        var command = new Command("events-lexicon", "Derive the event lexicon (verbs.tsv, synsets.tsv) and CAMEO table (cameo.tsv) from the CAMEO and PLOVER files.") { cameo, plover, output };
        command.SetAction(parse =>
        {
            try
            {
                string cameoPath = parse.GetValue(cameo) ?? SharedData.Combine("events", "petrarch2", "dictionaries", "CAMEO.2.0.txt");
                string ploverPath = parse.GetValue(plover) ?? SharedData.Combine("events", "plover", "CAMEO2PLOVER-2021.txt");
                string outDir = parse.GetValue(output) ?? Path.Combine(RepositoryRoot(), "resources", "en", "events");
                Run(cameoPath, ploverPath, outDir);
                return ExitCodes.Success;
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException)
            {
                Consoles.Error(ex.Message);
                return ExitCodes.SomeInputsFailed;
            }
        });
        return command;
    }

    private static void Run(string cameoPath, string ploverPath, string outDir)
    {
        var builder = new EventLexiconBuilder();
        var stats = PetrarchVerbReader.Read(cameoPath, builder);
        var lexicon = builder.Build();
        const string Source = "# SOURCE: derived by 'dossier train events-lexicon' from CAMEO.2.0.txt of openeventdata/petrarch2@676801cd9cb2924bbbad09f86d15c9323e7097bf (../shared/data/events/petrarch2/dictionaries); each pattern names its line there.";
        const string License = "# LICENSE: MIT (Copyright (c) 2015 Open Event Data Alliance; the notice is kept with the PETRARCH-2 distribution). Do not edit: regenerate; put additions in extensions.tsv.";
        Write(Path.Combine(outDir, "verbs.tsv"), [
            "# FORMAT: verb<TAB>LEMMA<TAB>words before<TAB>words after<TAB>code<TAB>paired code<TAB>block | form<TAB>FORM<TAB>LEMMA | pattern<TAB>block<TAB>pattern (PETRARCH notation)<TAB>code<TAB>paired code<TAB>origin; '-' is empty, '---' the null code",
            Source, License], LexiconTsv.VerbLines(lexicon));
        Write(Path.Combine(outDir, "synsets.tsv"), [
            "# FORMAT: synset<TAB>&NAME<TAB>phrases separated by '|', words by blanks; a word ending in '_' takes no plural",
            Source, License], LexiconTsv.SynsetLines(lexicon));
        Write(Path.Combine(outDir, "cameo.tsv"), [
            "# FORMAT: code<TAB>label<TAB>PLOVER event<TAB>PLOVER mode<TAB>PLOVER context<TAB>Goldstein<TAB>quad class (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict); '-' is empty",
            "# SOURCE: derived by 'dossier train events-lexicon' from CAMEO2PLOVER-2021.txt of openeventdata/PLOVER@5e0c24fba623f2d8df5ae3c7de7a94dba90d5b6f (labels from its comments, PLOVER categories) and resources/en/events/goldstein.tsv (Goldstein weights, labels of CAMEO 01x/02x).",
            "# LICENSE: CC BY-SA 4.0 (PLOVER); Goldstein figures are facts, see goldstein.tsv."], CameoTableBuilder.Build(ploverPath, Path.Combine(outDir, "goldstein.tsv")));
        Console.WriteLine($"{stats.Blocks} blocks, {stats.Verbs} verbs, {stats.Patterns} patterns, {stats.Synsets} synsets ({stats.Transformations} transformations skipped, {stats.Skipped.Count} unreadable pattern lines) -> {outDir}");
    }

    private static void Write(string path, string[] header, IEnumerable<string> lines)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllLines(path, header.Append(string.Empty).Concat(lines));
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

        return Directory.GetCurrentDirectory();
    }
}
