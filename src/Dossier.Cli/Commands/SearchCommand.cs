using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier search "query"</c>: full-text search over stored sentences.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("QUERY") { Description = "Words (all must occur, matched as prefixes); \"a phrase\" in double quotes stays a phrase." };
        var db = CommonOptions.Db();
        var limit = new Option<int>("--limit") { Description = "At most this many sentences (default 20).", DefaultValueFactory = _ => 20 };
        var format = CommonOptions.Format("table (for people) or json.", "table", "json");
        var command = new Command("search", "Search the sentences of stored articles, best matches first. Only the 200 matching sentences stored last (or --limit, if more) are ranked (so a search costs the same in a large store); a more specific query reaches older ones.") { query, db, limit, format };
        command.SetAction(parse =>
        {
            using var store = StoreFactory.OpenExisting(parse.GetValue(db)!);
            if (store is null)
            {
                return ExitCodes.Usage;
            }

            if (parse.GetValue(limit) < 1)
            {
                Consoles.Error("--limit must be at least 1");
                return ExitCodes.Usage;
            }

            var hits = store.Search(parse.GetValue(query)!, parse.GetValue(limit));
            if (parse.GetValue(format) == "json")
            {
                JsonOut.Serialize(hits.Select(h => new { article = h.ArticleId, sentence = h.Sentence, start = h.Start, end = h.End, text = h.Text, rank = h.Rank }));
                return ExitCodes.Success;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumns("article", "at", "sentence");
            foreach (var h in hits)
            {
                string snippet = Markup.Escape(h.Snippet).Replace("[[", "[bold yellow]", StringComparison.Ordinal).Replace("]]", "[/]", StringComparison.Ordinal);
                table.AddRow(new Spectre.Console.Text(h.ArticleId), new Spectre.Console.Text(string.Create(CultureInfo.InvariantCulture, $"{h.Start}-{h.End}")), new Markup(snippet));
            }

            var console = Consoles.Out();
            console.Write(table);
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{hits.Count} sentence(s)"));
            return ExitCodes.Success;
        });
        return command;
    }
}
