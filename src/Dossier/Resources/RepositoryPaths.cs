namespace Dossier.Resources;

/// <summary>
/// Where the repository and the team's shared data are: the repository root is the nearest folder holding
/// <c>Dossier.slnx</c> above the working directory (or the binaries); the data is <c>$DOSSIER_DATA</c> or
/// <c>../shared/data</c> beside the root. Training commands write their outputs under the root.
/// </summary>
public static class RepositoryPaths
{
    /// <summary>The repository root, or null when not run from inside a checkout.</summary>
    public static string? FindRoot()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Dossier.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    /// <summary>The shared data folder; throws with what to do when it cannot be found.</summary>
    public static string SharedData() => Resources.SharedData.Combine();
}
