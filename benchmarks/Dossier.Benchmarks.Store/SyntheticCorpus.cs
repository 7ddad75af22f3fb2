using System.Globalization;
using System.Text;
using Dossier.Model;
using Dossier.Storage;

namespace Dossier.Benchmarks.Store;

/// <summary>
/// Deterministic synthetic news: made-up words drawn with a Zipf-like skew (so some words are common and most rare,
/// as in real text), a few names, one sentence per line, a publication day spread over five years, two events each.
/// </summary>
internal sealed class SyntheticCorpus
{
    public static readonly DateOnly FirstDay = new(2020, 1, 1);
    public const int Days = 1826;

    private static readonly string[] Names = ["Iran", "Russia", "Putin", "Mokhber", "Tehran", "Moscow", "Lavrov", "Araghchi", "Kremlin", "Astana"];
    private static readonly string[] Syllables = ["ka", "ro", "mi", "ten", "sa", "lor", "vi", "den", "pa", "su", "mar", "ne", "tor", "li", "gan", "bo", "rei", "ush", "el", "fa"];
    private readonly string[] words;

    public SyntheticCorpus(int vocabulary = 5000)
    {
        var rng = new Random(7);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (set.Count < vocabulary)
        {
            int n = rng.Next(2, 5);
            var sb = new StringBuilder();
            for (int i = 0; i < n; i++)
            {
                sb.Append(Syllables[rng.Next(Syllables.Length)]);
            }

            set.Add(sb.ToString());
        }

        words = [.. set];
    }

    /// <summary>A word of middling frequency (rank 50..1000), as a person would search for.</summary>
    public string QueryWord(Random rng) => words[rng.Next(50, 1000)];

    public static DateOnly Published(int i) => FirstDay.AddDays(i % Days);

    public static string Source(int i) => "synthetic/" + i.ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>The body of article <paramref name="i"/>: a title line, then about ten sentences, one a line.</summary>
    public string Text(int i)
    {
        var rng = new Random(i);
        var sb = new StringBuilder();
        sb.Append(Cap(Word(rng))).Append(' ').Append(Names[rng.Next(Names.Length)]).Append(" and ").Append(Names[rng.Next(Names.Length)]).Append(' ').Append(Word(rng)).Append('\n');
        int sentences = rng.Next(6, 14);
        for (int s = 0; s < sentences; s++)
        {
            int length = rng.Next(12, 28);
            for (int w = 0; w < length; w++)
            {
                string word = rng.Next(12) == 0 ? Names[rng.Next(Names.Length)] : Word(rng);
                sb.Append(w == 0 ? Cap(word) : word).Append(w == length - 1 ? ".\n" : " ");
            }
        }

        return sb.ToString();
    }

    /// <summary>Article <paramref name="i"/> as stored: its body and two events on its day.</summary>
    public (ArticleRecord Record, Document Doc) Article(int i, DateTimeOffset ingestedAt)
    {
        string body = Text(i);
        var metadata = new ArticleMetadata { Source = Source(i), Title = body[..body.IndexOf('\n', StringComparison.Ordinal)], Published = Published(i) };
        var doc = new Document("syn-" + i.ToString(CultureInfo.InvariantCulture), body, metadata);
        string day = Published(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        int second = body.IndexOf('\n', StringComparison.Ordinal) + 1;
        doc.Events.Add(new EventMention("040", "consult", new TextSpan(0, 4), "asserted") { Date = day, Sources = [new EventActor(0, 4, "ent:a", "IRNGOV")] });
        doc.Events.Add(new EventMention("036", "express intent to meet", new TextSpan(second, second + 3), "future") { Date = day });
        string hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(body)));
        return (new ArticleRecord(doc.Id, 1, hash, metadata, body, ingestedAt), doc);
    }

    private string Word(Random rng)
    {
        // Zipf-like: the square of a uniform number favours low ranks.
        double u = rng.NextDouble();
        return words[(int)(u * u * u * words.Length)];
    }

    private static string Cap(string w) => char.ToUpperInvariant(w[0]) + w[1..];
}
