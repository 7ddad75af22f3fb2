namespace Dossier.Tests.Syntax;

/// <summary>Saving a model to a temporary file and loading it back, as the tests of model formats do.</summary>
internal static class ModelFiles
{
    /// <summary>Saves with <paramref name="save"/> to a temporary file, loads it with <paramref name="load"/>, deletes it.</summary>
    public static T RoundTrip<T>(Action<string> save, Func<string, T> load)
    {
        string path = Path.GetTempFileName();
        try
        {
            save(path);
            return load(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
