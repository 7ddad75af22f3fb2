using System.CommandLine;
using Dossier.Entities.Kb;
using Dossier.Resources;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier train kb</c>: derives the actor knowledge base tables under resources/en/entities/.</summary>
internal static class TrainKbCommand
{
    public static Command Create()
    {
        var output = new Option<string?>("--output") { Description = "Folder to write (default resources/en/entities in the repository)." };
        var command = new Command("kb", "Derive the actor knowledge base (countries, leaders, roles) from ../shared/data.") { output };
        command.SetAction(parse =>
        {
            string folder = parse.GetValue(output) ?? Path.Combine(RepositoryPaths.FindRoot() ?? ".", "resources", "en", "entities");
            foreach (string line in KbBuilder.Build(RepositoryPaths.SharedData(), folder))
            {
                Console.WriteLine(line);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
