namespace Dossier.Tests.Temporal;

/// <summary>Finds the repository root (the folder with Dossier.slnx) and the shared data beside it, or fails saying what is missing.</summary>
internal static class TestData
{
    public static string RepoRoot()
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

    public static string Shared(params string[] parts)
    {
        string root = Environment.GetEnvironmentVariable("DOSSIER_DATA") ?? Path.GetFullPath(Path.Combine(RepoRoot(), "..", "shared", "data"));
        string path = Path.Combine([root, .. parts]);
        if (!Directory.Exists(path) && !File.Exists(path))
        {
            throw new DirectoryNotFoundException($"The shared data {path} is missing: these tests need ../shared/data beside the repository (CI has it) or DOSSIER_DATA set.");
        }

        return path;
    }

    public static string Seed(string name)
    {
        string path = Path.GetFullPath(Path.Combine(RepoRoot(), "..", "shared", "seeds", name + ".txt"));
        if (!File.Exists(path))
        {
            path = Path.Combine(RepoRoot(), "samples", "iran-russia", name + ".txt");
        }

        return File.ReadAllText(path);
    }
}
