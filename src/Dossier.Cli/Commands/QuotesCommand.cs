using System.CommandLine;
using Dossier.Contracts;
using Dossier.Model;
using Dossier.Storage;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier quotes</c>: who said what, with the reporting verb, the outlet and the date.</summary>
internal static class QuotesCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var speaker = new Option<string?>("--speaker") { Description = "Only quotes whose speaker's name (as written, or any name of the speaker's entity) contains this text, case ignored." };
        var outlet = new Option<string?>("--outlet") { Description = "Only quotes from articles whose outlet or wire contains this text, case ignored." };
        var format = CommonOptions.Format("table (for people) or json (contract §2 quote objects).", "table", "json");
        var command = new Command("quotes", "List quotes and reported speech: speaker, reporting verb and its class (say, claim, deny, accuse, urge, warn, confirm), date and article.") { db, speaker, outlet, format };
        command.SetAction(parse =>
        {
            using var store = StoreFactory.OpenExisting(parse.GetValue(db)!);
            if (store is null)
            {
                return ExitCodes.Usage;
            }

            string? who = parse.GetValue(speaker), from = parse.GetValue(outlet);
            var found = new List<(ArticleRecord Article, Document Doc, int Index)>();
            foreach (var article in store.ListArticles().Where(a => string.IsNullOrEmpty(from) || Contains(a.Metadata.Outlet, from) || Contains(a.Metadata.Wire, from)))
            {
                var doc = store.LoadDocument(article);
                for (int i = 0; i < doc.Quotes.Count; i++)
                {
                    if (string.IsNullOrEmpty(who) || SpeakerNames(doc, doc.Quotes[i]).Any(n => Contains(n, who)))
                    {
                        found.Add((article, doc, i));
                    }
                }
            }

            if (parse.GetValue(format) == "json")
            {
                JsonOut.WriteArray(found, static (w, q) => ExportJsonWriter.WriteQuote(w, q.Item1, q.Item2, q.Item3));
                return ExitCodes.Success;
            }

            if (found.Count == 0)
            {
                Console.WriteLine("No quotes.");
                return ExitCodes.Success;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumns("date", "speaker", "verb", "kind", "quote", "outlet", "article");
            foreach (var (article, doc, i) in found)
            {
                var q = doc.Quotes[i];
                string name = q.Speaker is { } s ? doc.Text[s.Start..s.End] : "(unknown)";
                string verb = q.Verb is null ? string.Empty : $"{q.Verb} ({q.VerbClass})";
                table.AddRow(Markup.Escape(q.Date ?? string.Empty), Markup.Escape(name + (q.Conduit is { } c ? $" via {doc.Text[c.Start..c.End]}" : string.Empty)),
                    Markup.Escape(verb), q.Kind, Markup.Escape(TextUtil.Shorten(doc.Text[q.Start..q.End], 100)),
                    Markup.Escape(article.Metadata.Outlet ?? article.Metadata.Wire ?? string.Empty), Markup.Escape(Path.GetFileName(article.Source)));
            }

            Consoles.Out().Write(table);
            Console.WriteLine($"{found.Count} quotes");
            return ExitCodes.Success;
        });
        return command;
    }

    private static bool Contains(string? text, string part) => text is not null && text.Contains(part, StringComparison.OrdinalIgnoreCase);

    /// <summary>The speaker as written and every name of the entity it resolved to.</summary>
    private static IEnumerable<string> SpeakerNames(Document doc, QuoteMention q)
    {
        if (q.Speaker is not { } s)
        {
            yield break;
        }

        yield return doc.Text[s.Start..s.End];
        foreach (var e in doc.ResolvedEntities.Where(e => e.Id == s.EntityId))
        {
            yield return e.Name;
            foreach (string alias in e.Aliases)
            {
                yield return alias;
            }
        }
    }
}
