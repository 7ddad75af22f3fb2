namespace Dossier.Ingest.Evaluation;

/// <summary>
/// Finds the team's shared data: $DOSSIER_DATA when set, else ../shared/data beside the repository root (the folder
/// holding Dossier.slnx, found by walking up from the binaries or the current directory).
/// </summary>
public static class SharedData
{
    /// <summary>The shared data folder, or null when it cannot be found.</summary>
    public static string? Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("DOSSIER_DATA");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
            return fromEnvironment;
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Dossier.slnx")))
                {
                    var data = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
                    if (Directory.Exists(data))
                        return data;
                }
            }
        }
        return null;
    }
}
