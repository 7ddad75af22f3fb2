using System.Globalization;
using Dossier.Model;

namespace Dossier.Evaluation.Quotes;

/// <summary>
/// A PolNeAR article (brat standoff): its text and the attributions of one annotator's <c>.ann</c> file (the first by
/// name when several annotated it). Labels other than Source, Cue and Content (Discuss, Discard) are not attributions.
/// </summary>
public sealed class PolnearArticle
{
    private PolnearArticle(string name, string text, DateOnly? published, List<Attribution> attributions)
    {
        Name = name;
        Text = text;
        Published = published;
        Attributions = attributions;
    }

    public string Name { get; }

    public string Text { get; }

    public DateOnly? Published { get; }

    public IReadOnlyList<Attribution> Attributions { get; }

    /// <summary>Every article of a split folder (<c>dev</c>: <c>text/</c>, <c>attributions/</c>, <c>metadata.tsv</c>), by name.</summary>
    public static List<PolnearArticle> ReadSplit(string folder)
    {
        var dates = ReadDates(Path.Combine(folder, "metadata.tsv"));
        var annotations = Directory.EnumerateFiles(Path.Combine(folder, "attributions"), "*.ann").Order(StringComparer.Ordinal).ToList();
        var articles = new List<PolnearArticle>();
        foreach (string textFile in Directory.EnumerateFiles(Path.Combine(folder, "text"), "*.txt").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileNameWithoutExtension(textFile);
            string? ann = annotations.FirstOrDefault(a => Path.GetFileName(a).StartsWith(name + "_", StringComparison.Ordinal));
            if (ann is not null)
            {
                articles.Add(new PolnearArticle(name, File.ReadAllText(textFile), dates.GetValueOrDefault(name), ReadAnn(File.ReadAllLines(ann))));
            }
        }

        return articles;
    }

    /// <summary>The attributions of brat lines: <c>T</c> spans linked by <c>E</c> lines.</summary>
    public static List<Attribution> ReadAnn(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var spans = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        var events = new List<string>();
        foreach (string line in lines)
        {
            string[] f = line.Split('\t');
            if (f.Length >= 2 && f[0].StartsWith('T'))
            {
                int space = f[1].IndexOf(' ', StringComparison.Ordinal);
                if (space > 0)
                {
                    spans[f[0]] = f[1][(space + 1)..].Split(';').Select(Segment).ToList();
                }
            }
            else if (f.Length >= 2 && f[0].StartsWith('E'))
            {
                events.Add(f[1]);
            }
        }

        var result = new List<Attribution>();
        foreach (string e in events)
        {
            var roles = e.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split(':')).Where(r => r.Length == 2)
                .GroupBy(r => r[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.SelectMany(r => spans.GetValueOrDefault(r[1]) ?? []).ToList(), StringComparer.Ordinal);
            var content = roles.GetValueOrDefault("Content") ?? [];
            if (content.Count > 0)
            {
                result.Add(new Attribution(content, roles.GetValueOrDefault("Cue") ?? [], roles.GetValueOrDefault("Source") ?? []));
            }
        }

        return result;
    }

    private static TextSpan Segment(string s)
    {
        string[] p = s.Trim().Split(' ');
        return new TextSpan(int.Parse(p[0], CultureInfo.InvariantCulture), int.Parse(p[1], CultureInfo.InvariantCulture));
    }

    private static Dictionary<string, DateOnly> ReadDates(string path)
    {
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return dates;
        }

        foreach (string line in File.ReadLines(path).Skip(1))
        {
            string[] f = line.Split('\t');
            if (f.Length > 5 && DateOnly.TryParseExact(f[5], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                dates[f[1]] = d;
            }
        }

        return dates;
    }
}
