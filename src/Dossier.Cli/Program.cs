using Dossier.Cli;

var parse = CommandCatalog.BuildRoot().Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"error: {error.Message}");
    }

    Console.Error.WriteLine("Run 'dossier --help' (or 'dossier COMMAND --help') for usage.");
    return ExitCodes.Usage;
}

return parse.Invoke();
