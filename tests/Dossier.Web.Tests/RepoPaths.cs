namespace Dossier.Web.Tests;

/// <summary>Finds the repository root (the folder with Dossier.slnx) and the seed articles in samples/.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples", "iran-russia");

    /// <summary>Where tests leave files worth looking at (screenshots): TestResults/ under the test project.</summary>
    public static string TestResults => Path.Combine(Root, "tests", "Dossier.Web.Tests", "TestResults");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dossier.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Dossier.slnx not found above " + AppContext.BaseDirectory);
    }
}
