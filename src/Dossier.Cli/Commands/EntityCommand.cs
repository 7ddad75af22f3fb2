using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier entity NAME</c>: one entity across the stored articles: names, roles over time, mentions.</summary>
internal static class EntityCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "An entity id, name, alias or surname." };
        var db = CommonOptions.Db();
        var format = CommonOptions.Format("text (for people) or json (a contract §2 entity object with its mentions).", "text", "json");
        var command = new Command("entity", "Show one entity: its aliases, its roles over time with their sources, and every mention in context.") { name, db, format };
        command.SetAction(parse =>
        {
            using var store = StoreFactory.OpenExisting(parse.GetValue(db)!);
            if (store is null)
            {
                return ExitCodes.Usage;
            }

            var e = EntityStore.Resolve(EntityStore.Load(store).Entities, parse.GetValue(name)!);
            if (e is null)
            {
                return ExitCodes.Usage;
            }

            if (parse.GetValue(format) == "json")
            {
                Console.WriteLine(EntityOutput.Json(EntityOutput.Contract(e)));
                return ExitCodes.Success;
            }

            var console = Consoles.Out();
            console.Write(Cells.Highlight(string.Empty, e.Name, $"  {e.Id}  {e.Type}{(e.Country is null ? string.Empty : "  " + e.Country)}{(e.Code is null ? string.Empty : "  " + e.Code)}{(e.InKnowledgeBase ? "  (knowledge base)" : string.Empty)}"));
            console.WriteLine();
            console.Write(Cells.Of($"also: {(e.Aliases.Count == 0 ? "-" : string.Join(", ", e.Aliases))}"));
            console.WriteLine();
            if (e.Roles.Count > 0)
            {
                var roles = new Table().Border(TableBorder.Rounded).AddColumns("from", "to", "role", "of", "sector", "source");
                foreach (var r in e.Roles)
                {
                    roles.AddRow(Cells.Of(r.From ?? "?"), Cells.Of(r.To), Cells.Of(r.Title), Cells.Of(r.Of), Cells.Of(r.Sector), Cells.Of(r.Article is null ? r.Source : $"{r.Source} {ArticleName(store, r.Article)}"));
                }

                console.Write(roles);
            }

            var mentions = new Table().Border(TableBorder.Rounded).AddColumns("article", "at", "mention in context");
            var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var m in e.Mentions)
            {
                if (!bodies.TryGetValue(m.Article, out string? body))
                {
                    body = store.FindArticle(m.Article)?.Body ?? string.Empty;
                    bodies[m.Article] = body;
                }

                mentions.AddRow(Cells.Of(ArticleName(store, m.Article)), Cells.Of(m.Start.ToString(CultureInfo.InvariantCulture)), Context(body, m.Start, m.End));
            }

            console.Write(mentions);
            Console.WriteLine($"{e.Mentions.Count} mentions in {e.Articles.Count()} articles");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string ArticleName(Storage.IArticleStore store, string id) =>
        store.FindArticle(id) is { } a ? Path.GetFileName(a.Source) : id;

    // About 40 characters either side, on one line, the mention in bold.
    private static Spectre.Console.Rendering.IRenderable Context(string body, int start, int end)
    {
        if (end > body.Length || start < 0)
        {
            return Cells.Of(string.Empty);
        }

        int from = Math.Max(0, start - 40), to = Math.Min(body.Length, end + 40);
        return Cells.Highlight(body[from..start], body[start..end], body[end..to]);
    }
}
