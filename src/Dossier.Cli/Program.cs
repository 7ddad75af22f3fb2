using Dossier.Cli;

return CommandCatalog.BuildRoot().Parse(args).Invoke();
