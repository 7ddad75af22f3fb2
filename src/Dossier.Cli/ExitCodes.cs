namespace Dossier.Cli;

/// <summary>Exit codes: 0 success, 1 some inputs failed (each named with its reason), 2 usage error.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int SomeInputsFailed = 1;
    public const int Usage = 2;
}
