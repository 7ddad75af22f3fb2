namespace Dossier.Tests.Text;

/// <summary>The repository root (the folder holding Dossier.slnx) and the shared data beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Dossier.slnx")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException($"No Dossier.slnx above {AppContext.BaseDirectory}; run the tests from the repository.");
        }
    }

    /// <summary>A file of the shared data ($DOSSIER_DATA or ../shared/data); fails with a clear message when missing.</summary>
    public static string SharedData(string relative)
    {
        string? env = Environment.GetEnvironmentVariable("DOSSIER_DATA");
        string root = string.IsNullOrEmpty(env) ? Path.GetFullPath(Path.Combine(Root, "..", "shared", "data")) : env;
        string path = Path.Combine(root, relative);
        Assert.True(File.Exists(path), $"Shared data file {path} is missing: these tests need ../shared/data beside the repository (or DOSSIER_DATA set); CI has it.");
        return path;
    }

    public static string Sample(string name) =>
        Directory.GetFiles(Path.Combine(Root, "samples", "iran-russia"), name + "*.txt").Single();
}
