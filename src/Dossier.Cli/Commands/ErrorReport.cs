using Dossier.Model;
using Dossier.Temporal.Evaluation;

namespace Dossier.Cli.Commands;

/// <summary>Prints the mismatches of one TimeML document for rule work: MISS (gold not found), SPUR (not in gold), VAL/TYPE (wrong attribute).</summary>
internal static class ErrorReport
{
    public static int Print(TimeMLDocument doc, IReadOnlyList<TimexMention> system, int printed, int limit)
    {
        if (printed >= limit)
        {
            return printed;
        }

        var used = new bool[system.Count];
        foreach (var g in doc.Timexes)
        {
            int i = Enumerable.Range(0, system.Count).FirstOrDefault(i => !used[i] && system[i].Start < g.End && g.Start < system[i].End, -1);
            string gold = doc.Text[g.Start..g.End];
            if (i < 0)
            {
                Line($"MISS {doc.Name} [{gold}] {g.Type} {g.Value} | {Context(doc.Text, g.Start, g.End)}");
                continue;
            }

            used[i] = true;
            var s = system[i];
            if (s.Value != g.Value || s.Type != g.Type || s.Start != g.Start || s.End != g.End)
            {
                Line($"DIFF {doc.Name} dct={doc.Dct} gold [{gold}] {g.Type} {g.Value} sys [{doc.Text[s.Start..s.End]}] {s.Type} {s.Value} | {Context(doc.Text, g.Start, g.End)}");
            }
        }

        for (int i = 0; i < system.Count; i++)
        {
            if (!used[i])
            {
                Line($"SPUR {doc.Name} [{doc.Text[system[i].Start..system[i].End]}] {system[i].Type} {system[i].Value} | {Context(doc.Text, system[i].Start, system[i].End)}");
            }
        }

        return printed;

        void Line(string text)
        {
            if (printed++ < limit)
            {
                Console.WriteLine(text.Replace('\n', ' '));
            }
        }
    }

    private static string Context(string text, int start, int end) =>
        text[Math.Max(0, start - 60)..Math.Min(text.Length, end + 40)];
}
