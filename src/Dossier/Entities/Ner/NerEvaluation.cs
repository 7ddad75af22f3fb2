using System.Globalization;
using System.Text;

namespace Dossier.Entities.Ner;

/// <summary>
/// conlleval-style evaluation: a predicted entity counts only when its span and type both match a gold entity.
/// Scores are kept per type and overall, along with token accuracy.
/// </summary>
public sealed class NerEvaluation
{
    private readonly SortedDictionary<string, NerScore> byType = new(StringComparer.Ordinal);

    public NerScore Overall { get; } = new();

    public IReadOnlyDictionary<string, NerScore> ByType => byType;

    public int Tokens { get; private set; }

    public int CorrectTokens { get; private set; }

    public int Sentences { get; private set; }

    public double TokenAccuracy => Tokens == 0 ? 0 : 100.0 * CorrectTokens / Tokens;

    /// <summary>Adds one sentence's gold and predicted entities.</summary>
    public void Add(int length, IReadOnlyList<(int Start, int End, string Type)> gold, IReadOnlyList<(int Start, int End, string Type)> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        Sentences++;
        Tokens += length;
        var goldSet = new HashSet<(int, int, string)>(gold);
        foreach (var g in gold)
        {
            Get(g.Type).Gold++;
            Overall.Gold++;
        }

        foreach (var p in predicted)
        {
            Get(p.Type).Predicted++;
            Overall.Predicted++;
            if (goldSet.Contains(p))
            {
                Get(p.Type).Correct++;
                Overall.Correct++;
            }
        }

        var goldTags = Tags(length, gold);
        var predictedTags = Tags(length, predicted);
        for (int i = 0; i < length; i++)
        {
            CorrectTokens += goldTags[i] == predictedTags[i] ? 1 : 0;
        }
    }

    /// <summary>A conlleval-like report: totals, then one line per type.</summary>
    public string Report()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(c, $"processed {Tokens} tokens with {Overall.Gold} phrases; found: {Overall.Predicted} phrases; correct: {Overall.Correct}.");
        sb.AppendLine(c, $"accuracy: {TokenAccuracy,6:F2}%; precision: {Overall.Precision,6:F2}%; recall: {Overall.Recall,6:F2}%; FB1: {Overall.F1,6:F2}");
        foreach (var (type, s) in byType)
        {
            sb.AppendLine(c, $"{type,17}: precision: {s.Precision,6:F2}%; recall: {s.Recall,6:F2}%; FB1: {s.F1,6:F2}  {s.Predicted}");
        }

        return sb.ToString();
    }

    private static string[] Tags(int length, IReadOnlyList<(int Start, int End, string Type)> spans)
    {
        var tags = new string[length];
        Array.Fill(tags, "O");
        foreach (var (start, end, type) in spans)
        {
            for (int i = start; i < end && i < length; i++)
            {
                tags[i] = type;
            }
        }

        return tags;
    }

    private NerScore Get(string type)
    {
        if (!byType.TryGetValue(type, out var s))
        {
            s = new NerScore();
            byType[type] = s;
        }

        return s;
    }
}
