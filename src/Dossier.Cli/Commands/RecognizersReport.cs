using System.Globalization;
using Dossier.Temporal.Evaluation;

namespace Dossier.Cli.Commands;

/// <summary>Prints Recognizers-Text figures by category and in total.</summary>
internal static class RecognizersReport
{
    public static void Print(IReadOnlyList<RecognizersCategory> categories)
    {
        Console.WriteLine("Recognizers-Text English (resolved to the expected value)   cases  correct  share");
        foreach (var c in categories)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{c.Name,-58} {c.Total,6} {c.Correct,8}  {c.Share:F3}"));
        }

        int total = categories.Sum(c => c.Total), correct = categories.Sum(c => c.Correct);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"all",-58} {total,6} {correct,8}  {(total == 0 ? 0 : (double)correct / total):F3}"));
    }
}
