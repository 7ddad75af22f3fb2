using System.Text.RegularExpressions;
using Dossier.Resources;

namespace Dossier.Ingest.Text;

/// <summary>The wire services Dossier recognises, from <c>resources/en/ingest/wires.txt</c>.</summary>
public sealed class WireServices
{
    private static readonly Lazy<WireServices> Shared = new(() => Load(ResourceLocator.Resource("en", "ingest", "wires.txt")));

    private readonly List<(string Canonical, Regex Alias)> wires;

    private WireServices(List<(string, Regex)> wires) => this.wires = wires;

    public static WireServices Default => Shared.Value;

    public static WireServices Load(string path)
    {
        var file = ResourceFile.Load(path);
        var list = new List<(string, Regex)>();
        foreach (var line in file.Lines)
        {
            string[] cols = line.Text.Split('\t');
            if (cols.Length != 2)
            {
                throw new InvalidDataException($"DOS0704: {file.Where(line)} needs two tab-separated columns: name and aliases.");
            }

            string alternatives = string.Join("|", cols[1].Split('|').Select(Regex.Escape));
            list.Add((cols[0], new Regex($@"^(?:{alternatives})$", RegexOptions.CultureInvariant | RegexOptions.Compiled)));
        }

        return new WireServices(list);
    }

    /// <summary>The canonical name when <paramref name="text"/> is exactly a wire's name or alias.</summary>
    public string? Match(string text)
    {
        string t = text.Trim().Trim('(', ')', '-', '–', '—', ':').Trim();
        foreach (var (canonical, alias) in wires)
        {
            if (alias.IsMatch(t))
            {
                return canonical;
            }
        }

        return null;
    }
}
