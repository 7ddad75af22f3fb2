namespace Dossier.Cli.Commands;

/// <summary>Finds the shared corpora: <c>$DOSSIER_DATA</c> when set, else <c>../shared/data</c> beside the repository root.</summary>
internal static class DataPaths
{
    public static string Root
    {
        get
        {
            string? env = Environment.GetEnvironmentVariable("DOSSIER_DATA");
            if (!string.IsNullOrEmpty(env))
            {
                return env;
            }

            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Dossier.slnx")))
                {
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
                }
            }

            return Path.GetFullPath(Path.Combine("..", "shared", "data"));
        }
    }

    public static string Resolve(string relative) => Path.Combine(Root, relative);
}
