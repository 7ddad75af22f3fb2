using Dossier.Model;
using Dossier.Temporal.Evaluation;

namespace Dossier.Cli.Commands;

/// <summary>
/// Prints the mismatches of one TimeML document for rule work, each tagged with its kind (<see cref="TimexErrorKind"/>):
/// MISS (gold not found), SPUR (not in gold), DIFF (extent, type or value differ). It also counts them by kind over
/// every document, printed or not, so that a folder's summary shows which classes cost the most value F1.
/// </summary>
internal sealed class ErrorReport(int limit)
{
    private readonly SortedDictionary<string, int[]> counts = new(StringComparer.Ordinal);
    private int printed;

    public void Print(TimeMLDocument doc, IReadOnlyList<TimexMention> system)
    {
        var used = new bool[system.Count];
        foreach (var g in doc.Timexes)
        {
            int i = Enumerable.Range(0, system.Count).FirstOrDefault(i => !used[i] && system[i].Start < g.End && g.Start < system[i].End, -1);
            string gold = doc.Text[g.Start..g.End];
            string kind = TimexErrorKind.Of(gold, g.Type, g.Value);
            if (i < 0)
            {
                Count(kind, Miss);
                Line($"MISS {kind} | {doc.Name} [{gold}] {g.Type} {g.Value} | {Context(doc.Text, g.Start, g.End)}");
                continue;
            }

            used[i] = true;
            var s = system[i];
            if (s.Value != g.Value || s.Type != g.Type || s.Start != g.Start || s.End != g.End)
            {
                Count(kind, s.Value != g.Value ? Value : Other);
                Line($"DIFF {kind} | {doc.Name} dct={doc.Dct} gold [{gold}] {g.Type} {g.Value} sys [{doc.Text[s.Start..s.End]}] {s.Type} {s.Value} | {Context(doc.Text, g.Start, g.End)}");
            }
        }

        for (int i = 0; i < system.Count; i++)
        {
            if (!used[i])
            {
                var s = system[i];
                string text = doc.Text[s.Start..s.End];
                string kind = TimexErrorKind.Of(text, s.Type, s.Value);
                Count(kind, Spurious);
                Line($"SPUR {kind} | {doc.Name} [{text}] {s.Type} {s.Value} | {Context(doc.Text, s.Start, s.End)}");
            }
        }
    }

    /// <summary>The counts by kind, largest first: wrong values (each costs a value hit), misses, spurious, extent or type only.</summary>
    public void PrintSummary(string folder)
    {
        Console.WriteLine($"KINDS {folder}: kind, wrong value, missed, spurious, extent/type only");
        foreach (var (kind, c) in counts.OrderByDescending(k => k.Value[Value] + k.Value[Miss] + k.Value[Spurious]).ThenBy(k => k.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"KINDS {folder}: {kind,-24} {c[Value],5} {c[Miss],5} {c[Spurious],5} {c[Other],5}");
        }
    }

    private const int Value = 0, Miss = 1, Spurious = 2, Other = 3;

    private void Count(string kind, int column)
    {
        if (!counts.TryGetValue(kind, out int[]? c))
        {
            counts[kind] = c = new int[4];
        }

        c[column]++;
    }

    private void Line(string text)
    {
        if (printed++ < limit)
        {
            Console.WriteLine(text.Replace('\n', ' '));
        }
    }

    private static string Context(string text, int start, int end) =>
        text[Math.Max(0, start - 60)..Math.Min(text.Length, end + 40)];
}
