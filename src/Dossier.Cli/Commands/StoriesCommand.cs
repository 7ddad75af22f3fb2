using System.CommandLine;
using System.Globalization;
using Dossier.Corpus;
using Dossier.Storage;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier stories</c>: the stories the stored articles form.</summary>
internal static class StoriesCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var format = CommonOptions.Format("table (for people) or json (contract §2 story objects).", "table", "json");
        var command = new Command("stories", "List stories: groups of articles about one developing subject, with their date span and sources.") { db, format };
        command.SetAction(parse =>
        {
            using var store = StoreFactory.OpenExisting(parse.GetValue(db)!);
            if (store is null)
            {
                return ExitCodes.Usage;
            }

            var corpus = store.LoadCorpus(CorpusParts.Core);
            if (parse.GetValue(format) == "json")
            {
                var stories = corpus.Stories.Select(s => new
                {
                    id = s.Id,
                    title = s.Title,
                    articles = s.Articles,
                    first = s.First?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    last = s.Last?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    independent_sources = corpus.IndependentSources(s.Articles),
                });
                JsonOut.Serialize(stories);
                return ExitCodes.Success;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumns("story", "from", "to", "articles", "independent", "title");
            foreach (var s in corpus.Stories.OrderByDescending(s => s.Articles.Count).ThenBy(s => s.Id, StringComparer.Ordinal))
            {
                table.AddRow(
                    Markup.Escape(s.Id),
                    s.First is { } f ? Dates.Iso(f) : "?",
                    s.Last is { } l ? Dates.Iso(l) : "?",
                    s.Articles.Count.ToString(CultureInfo.InvariantCulture),
                    corpus.IndependentSources(s.Articles).ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(TextUtil.Shorten(s.Title, 80)));
            }

            Consoles.Out().Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
