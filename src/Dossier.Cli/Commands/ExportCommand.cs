using System.CommandLine;
using Dossier.Contracts;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier export --format json</c>: the knowledge base as contract §2.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var format = CommonOptions.Format("json: the knowledge base as contract §2 (dossier.export/1).", "json");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var command = new Command("export", "Export the knowledge base: articles, entities, events, quotes, claims, agreements, stories.") { db, format, output };
        command.SetAction(parse =>
        {
            using var store = StoreFactory.OpenExisting(parse.GetValue(db)!);
            if (store is null)
            {
                return ExitCodes.Usage;
            }

            string? path = parse.GetValue(output);
            using Stream stream = path is null ? Console.OpenStandardOutput() : File.Create(path);
            JsonOut.Write(stream, w => ExportJsonWriter.Write(w, store));
            return ExitCodes.Success;
        });
        return command;
    }
}
