using Spectre.Console;

namespace Dossier.Cli;

/// <summary>
/// Where output goes: tables and reports for people on standard output, progress and errors on standard error, so
/// that JSON on standard output stays clean for scripts.
/// </summary>
internal static class Consoles
{
    public static IAnsiConsole Out()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected)
        {
            // Piped into a file or pager: no terminal width to respect, so keep rows readable.
            console.Profile.Width = 160;
        }

        return console;
    }

    public static IAnsiConsole Err() => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    /// <summary>Progress bars only when a person is watching standard error.</summary>
    public static bool Interactive => !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;

    /// <summary>One line on standard error naming the input and what is wrong.</summary>
    public static void Error(string message) => Console.Error.WriteLine("error: " + message);
}
