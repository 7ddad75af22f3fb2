using System.CommandLine;
using System.Globalization;
using Dossier.Contracts;
using Dossier.Corpus.Timelines;
using Dossier.Storage;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier timeline</c>: the dated entries of merged events, for a story or everything stored, optionally only the N key dates.</summary>
internal static class TimelineCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var story = new Option<string?>("--story") { Description = "Only events reported in this story's articles (an id from 'dossier stories')." };
        var about = new Option<string[]>("--about")
        {
            Description = "Only events involving this actor: part of a name, an entity id, or a country or actor code in capitals (IRN, RUSGOV). Repeat to require several.",
            AllowMultipleArgumentsPerToken = false,
        };
        var type = new Option<string?>("--type") { Description = "Only events of this type: a CAMEO code or its first digits (04 for consultations, 190)." };
        var top = new Option<int?>("--top") { Description = "Keep the N most salient dates (one entry per date), still ordered by date." };
        var format = CommonOptions.Format("text (for people) or json (contract §3).", "text", "json");
        var command = new Command("timeline", "The timeline of merged events: one entry per date with its events, sources, independent sources and salience.") { db, story, about, type, top, format };
        command.SetAction(parse =>
        {
            if (parse.GetValue(top) is int n && n <= 0)
            {
                Consoles.Error($"--top {n}: must be a positive number of dates");
                return ExitCodes.Usage;
            }

            if (parse.GetValue(type) is { } code && !TimelineQuery.IsTypeCode(code))
            {
                Consoles.Error($"--type {code}: must be a CAMEO code or its first digits, such as 04 or 040");
                return ExitCodes.Usage;
            }

            using var store = StoreFactory.OpenExisting(parse.GetValue(db)!);
            if (store is null)
            {
                return ExitCodes.Usage;
            }

            string? storyId = parse.GetValue(story);
            if (storyId is not null && store.LoadStory(storyId) is null)
            {
                Consoles.Error($"{storyId}: no such story (see 'dossier stories')");
                return ExitCodes.SomeInputsFailed;
            }

            var entries = EventTimeline.Load(store, new TimelineQuery(storyId, parse.GetValue(about) ?? [], parse.GetValue(top), parse.GetValue(type)));

            if (parse.GetValue(format) == "json")
            {
                JsonOut.Write(w => TimelineJsonWriter.Write(w, entries));
                return ExitCodes.Success;
            }

            if (entries.Count == 0)
            {
                Console.WriteLine("No dated events match.");
                return ExitCodes.Success;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumns("date", "salience", "sources", "independent", "events", "summary");
            foreach (var e in entries)
            {
                table.AddRow(
                    Markup.Escape(e.Date),
                    e.Salience.ToString("0.00", CultureInfo.InvariantCulture),
                    e.Sources.Count.ToString(CultureInfo.InvariantCulture),
                    e.IndependentSources.ToString(CultureInfo.InvariantCulture),
                    e.Events.Count.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(TextUtil.Shorten(e.Summary, 100)));
            }

            Consoles.Out().Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
