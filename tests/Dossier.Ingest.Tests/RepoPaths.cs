namespace Dossier.Ingest.Tests;

/// <summary>Finds the repository root (the folder with Dossier.slnx) and the shared data beside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples", "iran-russia");

    public static string SharedData => Environment.GetEnvironmentVariable("DOSSIER_DATA") is { Length: > 0 } d ? d : Path.Combine(Root, "..", "shared", "data");

    public static string Seed(string stem) => Path.Combine(Samples, stem + ".txt");

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
