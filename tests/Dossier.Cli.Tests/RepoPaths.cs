namespace Dossier.Cli.Tests;

/// <summary>Finds the repository root (the folder with Dossier.slnx) and the shared folder beside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples", "iran-russia");

    public static string Seed(string stem) => Path.Combine(Samples, stem + ".txt");

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string ExpectedJson
    {
        get
        {
            string path = Path.Combine(Shared, "seeds", "expected.json");
            return File.Exists(path) ? path : throw new FileNotFoundException($"{path} is missing: the tests need ../shared beside the checkout (CI has it).");
        }
    }

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
