using System.CommandLine;
using System.Globalization;
using Dossier.Contracts;
using Dossier.Corpus.Dyads;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier dyad A B</c>: the relations of two actors month by month, from merged events.</summary>
internal static class DyadCommand
{
    public static Command Create()
    {
        var a = new Argument<string>("A") { Description = "One actor: a country or actor code in capitals (IRN, RUSGOV), an entity id, or part of a name." };
        var b = new Argument<string>("B") { Description = "The other actor, given the same way." };
        var db = CommonOptions.Db();
        var format = CommonOptions.Format("table (for people: one row per month, then its events) or json.", "table", "json");
        var command = new Command("dyad", "The relations of two actors by month: events by quad class and mean Goldstein score, from merged events, each month listing its events.") { a, b, db, format };
        command.SetAction(parse =>
        {
            string first = parse.GetValue(a)!, second = parse.GetValue(b)!;
            if (string.Equals(first, second, StringComparison.OrdinalIgnoreCase))
            {
                Consoles.Error($"{first} {second}: a dyad needs two different actors");
                return ExitCodes.Usage;
            }

            using var store = StoreFactory.OpenExisting(parse.GetValue(db)!);
            if (store is null)
            {
                return ExitCodes.Usage;
            }

            var trend = DyadTrends.Load(store, first, second);
            if (parse.GetValue(format) == "json")
            {
                JsonOut.Write(w => DyadJsonWriter.Write(w, trend, expandEvents: true));
                return ExitCodes.Success;
            }

            var console = Consoles.Out();
            var table = new Table().Border(TableBorder.Rounded).AddColumns("month", "events", "verbal coop.", "material coop.", "verbal conflict", "material conflict", "mean Goldstein");
            foreach (var p in trend.Points)
            {
                table.AddRow(p.Month, N(p.Events.Count), N(p.QuadClasses[1]), N(p.QuadClasses[2]), N(p.QuadClasses[3]), N(p.QuadClasses[4]),
                    p.MeanGoldstein?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-");
            }

            console.Write(table);
            foreach (var p in trend.Points)
            {
                console.WriteLine(p.Month);
                foreach (var e in p.Events)
                {
                    console.WriteLine($"  {e.Date} {e.Code} {e.Label} [{e.IndependentSources} source(s)] {TextUtil.Shorten(e.Summary, 110)}");
                }
            }

            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{trend.Points.Sum(p => p.Events.Count)} event(s) in {trend.Points.Count} month(s); {trend.Unplaced} more dated coarser than a month or undated"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string N(int x) => x.ToString(CultureInfo.InvariantCulture);
}
