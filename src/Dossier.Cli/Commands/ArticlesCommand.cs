using System.CommandLine;
using Dossier.Contracts;
using Dossier.Corpus;
using Dossier.Storage;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier articles</c>: the stored articles, current versions.</summary>
internal static class ArticlesCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var format = CommonOptions.Format("table (for people) or json (contract §2 article objects, without bodies).", "table", "json");
        var command = new Command("articles", "List stored articles: id, date, outlet or wire, dateline, title.") { db, format };
        command.SetAction(parse =>
        {
            using var store = StoreFactory.OpenExisting(parse.GetValue(db)!);
            if (store is null)
            {
                return ExitCodes.Usage;
            }

            var articles = store.ListArticles();
            var corpus = store.LoadCorpus(CorpusParts.Core);
            if (parse.GetValue(format) == "json")
            {
                JsonOut.WriteArray(articles, (w, a) => ExportJsonWriter.WriteArticle(w, a, includeBody: false, corpus));
                return ExitCodes.Success;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumns("id", "published", "outlet / wire", "dateline", "title", "v");
            foreach (var a in articles)
            {
                // The range the corpus stages narrowed (from other articles and known dates) replaces the article's own.
                var m = a.Metadata with { PublishedRange = corpus.PublishedRangeOf(a.Id, a.Metadata) };
                table.AddRow(
                    Markup.Escape(a.Id),
                    Markup.Escape(Dates.Describe(m)),
                    Markup.Escape(m.Outlet ?? m.Wire ?? string.Empty),
                    Markup.Escape(m.Dateline ?? string.Empty),
                    Markup.Escape(TextUtil.Shorten(m.Title ?? a.Body, 70)),
                    a.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            Consoles.Out().Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
