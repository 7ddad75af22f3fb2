namespace Dossier.Resources;

/// <summary>
/// Finds the shared corpora (<c>../shared/data</c> beside the repository): <c>$DOSSIER_DATA</c> when set, else the
/// folder <c>../shared/data</c> next to the nearest ancestor holding <c>Dossier.slnx</c> (from the working directory,
/// then from the binaries).
/// </summary>
public static class SharedData
{
    /// <summary>The shared data folder, or null when it cannot be found.</summary>
    public static string? Root
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

            return null;
        }
    }

    /// <summary>A path under the shared data folder; throws with a clear message when the folder is missing.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root ?? throw new DirectoryNotFoundException(
        "DOS0609: cannot find the shared data folder (../shared/data beside the repository); set DOSSIER_DATA to its path."), .. parts]);
}
