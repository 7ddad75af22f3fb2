using System.Text;

namespace Dossier.Entities.Kb;

/// <summary>Reads PETRARCH actors dictionaries (MIT, Open Event Data Alliance) into entries of names and codes.</summary>
public static class PetrarchActorsReader
{
    public static List<PetrarchActor> Read(string path)
    {
        var actors = new List<PetrarchActor>();
        List<string>? names = null;
        string? inline = null;
        var codes = new List<string>();

        void Flush()
        {
            if (names is { Count: > 0 })
            {
                actors.Add(new PetrarchActor([.. names], inline, [.. codes]));
            }

            names = null;
            inline = null;
            codes.Clear();
        }

        foreach (string raw in File.ReadLines(path, Encoding.Latin1))
        {
            string line = raw;
            int hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line[..hash];
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            string trimmed = line.Trim();
            if (trimmed.StartsWith('['))
            {
                codes.Add(trimmed.Trim('[', ']', ' '));
                continue;
            }

            bool alias = trimmed.StartsWith('+');
            if (!alias)
            {
                Flush();
                names = [];
            }

            string body = alias ? trimmed[1..] : trimmed;
            int bracket = body.IndexOf('[', StringComparison.Ordinal);
            if (bracket >= 0)
            {
                string code = body[(bracket + 1)..].Trim().TrimEnd(']').Trim();
                if (!alias)
                {
                    inline = code;
                }

                codes.Add(code);
                body = body[..bracket];
            }

            string name = body.Replace('_', ' ').Trim();
            if (name.Length > 0 && !name.Contains('!', StringComparison.Ordinal) && !name.Contains('{', StringComparison.Ordinal))
            {
                names ??= [];
                names.Add(name);
            }
        }

        Flush();
        return actors;
    }
}
