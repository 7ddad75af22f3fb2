using System.Text;

namespace Dossier.Entities.Kb;

/// <summary>A minimal RFC 4180 reader (quoted fields, doubled quotes) for the leaders tables.</summary>
public static class Csv
{
    public static IEnumerable<List<string>> Read(string path)
    {
        foreach (string line in File.ReadLines(path))
        {
            yield return ParseLine(line);
        }
    }

    public static List<string> ParseLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var fields = new List<string>();
        var sb = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    sb.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    sb.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(sb.ToString());
                sb.Clear();
            }
            else
            {
                sb.Append(c);
            }
        }

        fields.Add(sb.ToString());
        return fields;
    }
}
