namespace Dossier.Tests.Entities;

/// <summary>Finds the repository root (the folder with Dossier.slnx) and the team's ../shared folder beside it.</summary>
internal static class SharedPaths
{
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dossier.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Dossier.slnx above {AppContext.BaseDirectory}.");
    }

    /// <summary>../shared/data (or $DOSSIER_DATA); fails with a clear message when missing (CI has it).</summary>
    public static string Data()
    {
        string? env = Environment.GetEnvironmentVariable("DOSSIER_DATA");
        string path = string.IsNullOrEmpty(env) ? Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "data")) : env;
        Assert.True(Directory.Exists(path), $"The shared data folder {path} is missing: check out ../shared beside the repository or set DOSSIER_DATA.");
        return path;
    }

    public static string Seeds()
    {
        string path = Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "seeds"));
        Assert.True(Directory.Exists(path), $"The seed articles {path} are missing: check out ../shared beside the repository.");
        return path;
    }
}
