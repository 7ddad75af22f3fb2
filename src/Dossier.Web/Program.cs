namespace Dossier.Web;

/// <summary>
/// Runs the workbench on its own (<c>dotnet Dossier.Web.dll --Dossier:Db=PATH</c>); <c>dossier serve</c> is the usual
/// way. Also the entry point the integration tests' WebApplicationFactory starts.
/// </summary>
public sealed class Program
{
    private Program()
    {
    }

    public static void Main(string[] args) => WebHost.Build(args).Run();
}
