namespace Dossier.Tests.Syntax;

/// <summary>Finds ../shared/data beside the repository root (the folder holding Dossier.slnx), or $DOSSIER_DATA.</summary>
internal static class TestData
{
    public static string Path(params string[] parts)
    {
        string? root = Environment.GetEnvironmentVariable("DOSSIER_DATA");
        if (string.IsNullOrEmpty(root))
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "Dossier.slnx")))
                {
                    root = System.IO.Path.Combine(dir.FullName, "..", "shared", "data");
                    break;
                }
            }
        }

        string path = System.IO.Path.Combine([root ?? "../shared/data", .. parts]);
        if (!File.Exists(path))
        {
            Assert.Fail($"Test data {path} is missing: these tests need the team's corpora at ../shared/data beside the repository (or DOSSIER_DATA).");
        }

        return path;
    }

    /// <summary>The repository root (the folder holding Dossier.slnx).</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Dossier.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("No Dossier.slnx above the test binaries.");
    }
}
