namespace Dossier.Syntax.Training;

/// <summary>
/// Finds the team's corpora: <c>$DOSSIER_DATA</c> when set, else <c>../shared/data</c> beside the repository root
/// (the folder holding Dossier.slnx) found upwards from the working directory or the binaries.
/// </summary>
public static class SharedData
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

            throw new DirectoryNotFoundException("DOS0206: cannot find the shared corpora: set DOSSIER_DATA or put them at ../shared/data beside the repository.");
        }
    }

    public static string Resolve(params string[] parts) => Path.Combine([Root, .. parts]);
}
