namespace Dossier.Temporal.Evaluation;

/// <summary>
/// Finds the team's shared corpora: <c>$DOSSIER_DATA</c> when set, else <c>../shared/data</c> beside the repository
/// root (the folder holding Dossier.slnx), searched upward from the working directory and from the binaries.
/// </summary>
public static class SharedData
{
    public static string Root()
    {
        string? env = Environment.GetEnvironmentVariable("DOSSIER_DATA");
        if (!string.IsNullOrEmpty(env))
        {
            return env;
        }

        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Dossier.slnx")))
                {
                    string data = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
                    if (Directory.Exists(data))
                    {
                        return data;
                    }
                }
            }
        }

        throw new DirectoryNotFoundException("DOS0343: cannot find the shared data (../shared/data beside the repository root); set DOSSIER_DATA to its folder.");
    }

    public static string Combine(params string[] parts) => Path.Combine([Root(), .. parts]);
}
