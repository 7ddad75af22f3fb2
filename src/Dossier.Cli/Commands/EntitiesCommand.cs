using System.CommandLine;
using System.Globalization;
using Dossier.Corpus.Entities;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier entities</c>: the entities resolved across the stored articles, filtered by type and country; its
/// subcommands record analysts' corrections (merge, split, rename, delete) and list them (decisions).
/// </summary>
internal static class EntitiesCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var type = new Option<string?>("--type") { Description = "Only entities of this type (PERSON, ORG, GPE, LOC, NORP, MISC)." };
        var country = new Option<string?>("--country") { Description = "Only entities of this country (ISO-3 code: IRN, RUS…)." };
        var format = CommonOptions.Format("table (for people) or json (contract §2 entity objects).", "table", "json");
        var command = new Command("entities", "List the entities resolved across the stored articles, with their countries, codes and mention counts.")
        {
            db, type, country, format,
        };
        command.SetAction(parse =>
        {
            using var store = StoreFactory.OpenExisting(parse.GetValue(db)!);
            if (store is null)
            {
                return ExitCodes.Usage;
            }

            string? t = parse.GetValue(type)?.ToUpperInvariant();
            string? c = parse.GetValue(country)?.ToUpperInvariant();
            var entities = EntityStore.Load(store).Entities
                .Where(e => t is null || e.Type == t)
                .Where(e => c is null || e.Country == c)
                .OrderByDescending(e => e.Mentions.Count)
                .ThenBy(e => e.Id, StringComparer.Ordinal)
                .ToList();
            if (parse.GetValue(format) == "json")
            {
                Console.WriteLine(EntityOutput.Json(entities.Select(EntityOutput.Contract)));
                return ExitCodes.Success;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumns("id", "name", "type", "country", "code", "articles", "mentions", "aliases");
            foreach (var e in entities)
            {
                table.AddRow(
                    Cells.Of(e.Id),
                    Cells.Of(e.Name),
                    Cells.Of(e.Type),
                    Cells.Of(e.Country),
                    Cells.Of(e.Code),
                    Cells.Of(e.Articles.Count().ToString(CultureInfo.InvariantCulture)),
                    Cells.Of(e.Mentions.Count.ToString(CultureInfo.InvariantCulture)),
                    Cells.Of(TextUtil.Shorten(string.Join(", ", e.Aliases), 60)));
            }

            Consoles.Out().Write(table);
            Console.WriteLine($"{entities.Count} entities");
            return ExitCodes.Success;
        });
        command.Add(EntityDecisionCommands.Merge());
        command.Add(EntityDecisionCommands.Split());
        command.Add(EntityDecisionCommands.Rename());
        command.Add(EntityDecisionCommands.Delete());
        command.Add(EntityDecisionCommands.Decisions());
        return command;
    }
}
