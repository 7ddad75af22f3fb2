using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace Dossier.Evaluation.Timelines;

/// <summary>
/// One Timeline17 topic folder: its articles (<c>articles.jsonl.gz</c>: id, published, outlet, text), its keywords
/// and one or more gold timelines (<c>timelines.json</c>: per timeline, dates with their summary sentences).
/// </summary>
public sealed record Timeline17Topic(string Name, IReadOnlyList<Timeline17Article> Articles, IReadOnlyList<string> Keywords, IReadOnlyList<GoldTimeline> Timelines)
{
    public static Timeline17Topic Load(string folder)
    {
        string name = Path.GetFileName(folder.TrimEnd('/'));
        string articlesPath = Path.Combine(folder, "articles.jsonl.gz");
        if (!File.Exists(articlesPath))
        {
            throw new FileNotFoundException($"DOS0901: {articlesPath} is missing: not a Timeline17 topic folder.", articlesPath);
        }

        var articles = new List<Timeline17Article>();
        using (var reader = new StreamReader(new GZipStream(File.OpenRead(articlesPath), CompressionMode.Decompress)))
        {
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                if (line.Length == 0)
                {
                    continue;
                }

                using var json = JsonDocument.Parse(line);
                var r = json.RootElement;
                articles.Add(new Timeline17Article(
                    r.GetProperty("id").GetString()!,
                    DateOnly.ParseExact(r.GetProperty("published").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    r.GetProperty("text").GetString()!));
            }
        }

        var keywords = JsonSerializer.Deserialize<List<string>>(File.ReadAllText(Path.Combine(folder, "keywords.json"))) ?? [];
        var timelines = new List<GoldTimeline>();
        using (var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "timelines.json"))))
        {
            foreach (var timeline in json.RootElement.EnumerateArray())
            {
                var entries = timeline.EnumerateArray().Select(e => new TimelineEntry(
                    DateOnly.ParseExact(e.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    [.. e.GetProperty("sentences").EnumerateArray().Select(s => s.GetString()!)])).OrderBy(e => e.Date).ToList();
                timelines.Add(new GoldTimeline(entries));
            }
        }

        return new Timeline17Topic(name, articles, keywords, timelines);
    }

    /// <summary>The topic folders under a Timeline17 root (those holding articles.jsonl.gz), in name order.</summary>
    public static IReadOnlyList<string> Folders(string root) =>
        [.. Directory.EnumerateDirectories(root).Where(d => File.Exists(Path.Combine(d, "articles.jsonl.gz"))).Order(StringComparer.Ordinal)];
}

/// <summary>A Timeline17 article.</summary>
public sealed record Timeline17Article(string Id, DateOnly Published, string Text);

/// <summary>A journalists' timeline: dated entries in date order.</summary>
public sealed record GoldTimeline(IReadOnlyList<TimelineEntry> Entries)
{
    public DateOnly Start => Entries[0].Date;

    public DateOnly End => Entries[^1].Date;

    /// <summary>The average number of sentences per date, rounded, at least 1.</summary>
    public int SentencesPerDate => Math.Max(1, (int)Math.Round(Entries.Average(e => e.Sentences.Count)));
}

/// <summary>One date of a timeline with its summary sentences.</summary>
public sealed record TimelineEntry(DateOnly Date, IReadOnlyList<string> Sentences);
