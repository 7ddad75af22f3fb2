using System.CommandLine;
using System.Text.Json;
using Dossier.Contracts;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier show ARTICLE</c>: one stored article, its metadata, body and annotations.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var key = new Argument<string>("ARTICLE") { Description = "An article id, its source exactly as ingested, or its file name (with or without extension)." };
        var db = CommonOptions.Db();
        var format = CommonOptions.Format("text (for people) or json (contract §1 of the stored annotations).", "text", "json");
        var version = new Option<int?>("--version") { Description = "Show this stored version instead of the current one (see the versions row; compare them with 'dossier diff')." };
        var command = new Command("show", "Show one stored article: metadata, captions, body, and what was found in it.") { key, db, format, version };
        command.SetAction(parse =>
        {
            using var store = StoreFactory.OpenExisting(parse.GetValue(db)!);
            if (store is null)
            {
                return ExitCodes.Usage;
            }

            string k = parse.GetValue(key)!;
            var article = store.FindArticle(k);
            if (article is null)
            {
                Consoles.Error($"{k}: no stored article has this id, source or file name (see 'dossier articles')");
                return ExitCodes.SomeInputsFailed;
            }

            var versions = store.Versions(article.Id);
            if (parse.GetValue(version) is { } wanted)
            {
                if (versions.FirstOrDefault(v => v.Version == wanted) is not { } chosen)
                {
                    Consoles.Error($"{k}: there is no version {wanted}; stored: {string.Join(", ", versions.Select(v => v.Version))}");
                    return ExitCodes.SomeInputsFailed;
                }

                article = chosen;
            }

            var doc = store.LoadDocument(article);
            if (parse.GetValue(format) == "json")
            {
                Console.WriteLine(DocumentJsonWriter.ToJson(doc, indented: true));
                return ExitCodes.Success;
            }

            var console = Consoles.Out();
            var m = article.Metadata;
            var grid = new Grid().AddColumn().AddColumn();
            void Row(string name, string? value)
            {
                if (!string.IsNullOrEmpty(value))
                {
                    grid.AddRow(new Markup($"[bold]{name}[/]"), new Spectre.Console.Text(value));
                }
            }

            Row("id", $"{article.Id} (version {article.Version} of {versions.Count})");
            if (versions.Count > 1)
            {
                Row("versions", string.Join("; ", versions.Select(v => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{v.Version}: ingested {v.IngestedAt.UtcDateTime:yyyy-MM-dd HH:mm}Z"))) + " (compare with 'dossier diff')");
            }

            Row("source", article.Source);
            Row("title", m.Title);
            Row("published", Dates.Describe(m));
            Row("outlet", m.Outlet);
            Row("wire", m.Wire);
            Row("dateline", m.Dateline);
            Row("byline", m.Byline);
            Row("sentences", doc.Sentences.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            console.Write(grid);
            foreach (string caption in m.Captions)
            {
                console.Write(new Spectre.Console.Text("caption: " + caption + "\n", new Style(decoration: Decoration.Italic)));
            }

            console.WriteLine();
            console.Write(new Spectre.Console.Text(article.Body + "\n"));
            foreach (var d in doc.Diagnostics)
            {
                console.Write(new Spectre.Console.Text($"{d}\n", new Style(Color.Yellow)));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
