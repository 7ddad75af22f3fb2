namespace Dossier.Resources;

/// <summary>
/// Finds the <c>resources/</c> and <c>models/</c> folders: <c>$DOSSIER_HOME</c> when set, else beside the binaries
/// (the build copies them there), else the nearest ancestor of the working directory that has them.
/// </summary>
public static class ResourceLocator
{
    private static readonly Lazy<string> Home = new(FindHome);

    /// <summary>The folder that holds <c>resources/</c> and <c>models/</c>.</summary>
    public static string Root => Home.Value;

    /// <summary>A path under <c>resources/</c>, e.g. <c>Resource("en", "tokenizer", "abbreviations.txt")</c>.</summary>
    public static string Resource(params string[] parts) => Path.Combine([Root, "resources", .. parts]);

    /// <summary>A path under <c>models/</c>.</summary>
    public static string Model(params string[] parts) => Path.Combine([Root, "models", .. parts]);

    private static string FindHome()
    {
        string? env = Environment.GetEnvironmentVariable("DOSSIER_HOME");
        if (!string.IsNullOrEmpty(env))
        {
            return env;
        }

        if (Directory.Exists(Path.Combine(AppContext.BaseDirectory, "resources")))
        {
            return AppContext.BaseDirectory;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "resources")) && Directory.Exists(Path.Combine(dir.FullName, "src")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException(
            $"DOS0030: cannot find Dossier's resources/ folder beside {AppContext.BaseDirectory} or above {Directory.GetCurrentDirectory()}; set DOSSIER_HOME to the folder that holds resources/ and models/.");
    }
}
