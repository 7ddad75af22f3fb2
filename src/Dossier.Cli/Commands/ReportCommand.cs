using System.CommandLine;
using System.Globalization;
using Dossier.Model;
using Dossier.Storage;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier report</c>: a readable terminal report of what the store knows.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var command = new Command("report", "A readable report of what is known: articles, then per article the people, dates, quotes and events found, and any problems.") { db };
        command.SetAction(parse =>
        {
            using var store = StoreFactory.OpenExisting(parse.GetValue(db)!);
            if (store is null)
            {
                return ExitCodes.Usage;
            }

            Render(Consoles.Out(), store);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, IArticleStore store)
    {
        var articles = store.ListArticles();
        console.Write(new Rule($"[bold]Dossier[/] — {articles.Count} article(s)").LeftJustified());
        var table = new Table().Border(TableBorder.Rounded).AddColumns("article", "published", "wire", "dateline", "byline", "title");
        foreach (var a in articles)
        {
            var m = a.Metadata;
            table.AddRow(Esc(a.Id), Esc(Dates.Describe(m)), Esc(m.Wire), Esc(m.Dateline), Esc(m.Byline), Esc(TextUtil.Shorten(m.Title ?? a.Body, 60)));
        }

        console.Write(table);
        foreach (var a in articles)
        {
            RenderArticle(console, a, store.LoadDocument(a));
        }
    }

    private static void RenderArticle(IAnsiConsole console, ArticleRecord article, Document doc)
    {
        console.WriteLine();
        console.Write(new Rule($"[bold]{Esc(article.Id)}[/]  {Esc(Dates.Describe(article.Metadata))}").LeftJustified());
        console.MarkupLine(Esc(TextUtil.Shorten(article.Metadata.Title ?? article.Body, 110)));
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"[grey]{doc.Text.Length} characters, {doc.Sentences.Count} sentences, {doc.Tokens.Count} tokens, {article.Metadata.Captions.Count} caption(s)[/]"));
        foreach (string caption in article.Metadata.Captions)
        {
            console.MarkupLine($"  [grey italic]caption:[/] {Esc(TextUtil.Shorten(caption, 110))}");
        }

        var entities = doc.Entities.GroupBy(e => doc.Text[e.Start..e.End], StringComparer.Ordinal)
            .Select(g => $"{g.Key} ({g.First().Type}{(g.Count() > 1 ? $" ×{g.Count()}" : string.Empty)})").ToList();
        if (entities.Count > 0)
        {
            console.MarkupLine($"  [bold]who/where:[/] {Esc(string.Join(", ", entities))}");
        }

        foreach (var t in doc.Timexes.Where(t => t.Type is "DATE" or "TIME"))
        {
            console.MarkupLine($"  [bold]date:[/] {Esc(doc.Text[t.Start..t.End])} → {Esc(t.Value ?? "unresolved")}");
        }

        foreach (var q in doc.Quotes)
        {
            string speaker = q.Speaker is { } s ? doc.Text[s.Start..s.End] : "?";
            console.MarkupLine($"  [bold]{Esc(speaker)}[/] {Esc(q.Verb ?? string.Empty)}: “{Esc(TextUtil.Shorten(doc.Text[q.Start..q.End], 100))}”");
        }

        foreach (var e in doc.Events)
        {
            string who = string.Join(" & ", e.Sources.Select(a => doc.Text[a.Start..a.End]));
            string whom = string.Join(" & ", e.Targets.Select(a => doc.Text[a.Start..a.End]));
            console.MarkupLine($"  [bold]{Esc(e.Date ?? "undated")}[/] {Esc(e.Code)} {Esc(e.Label)}: {Esc(who)} → {Esc(whom)} [grey]({Esc(e.Modality)})[/]");
        }

        foreach (var d in doc.Diagnostics)
        {
            console.MarkupLine($"  [yellow]{Esc(d.ToString())}[/]");
        }
    }

    private static string Esc(string? s) => Markup.Escape(s ?? string.Empty);
}
