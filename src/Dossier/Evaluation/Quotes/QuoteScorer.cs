using Dossier.Model;
using Dossier.Quotes;

namespace Dossier.Evaluation.Quotes;

/// <summary>
/// Scores predicted attributions against gold ones, GenderGapTracker style: a prediction matches a gold content when
/// they overlap by at least a share of the longer of the two (characters in common / the longer length): 0.3 loose,
/// 0.8 strict; pairs are matched one to one, best overlap first. A prediction that matches only a gold attribution
/// left out of the scored set (a cue of another kind) counts neither way. The speaker is right when the predicted
/// speaker's words overlap the gold source, or the predicted speaker's name ends in the gold source's last word
/// (the same person named elsewhere, or a pronoun resolved to them).
/// </summary>
public static class QuoteScorer
{
    public const double Loose = 0.3;
    public const double Strict = 0.8;

    /// <summary>The document's quotes as attributions: the quotes of one cue (a split quote, reported speech and its quoted fragments) are one.</summary>
    public static List<Attribution> Predicted(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return doc.Quotes.GroupBy(q => q.Cue is { } c ? (c.Start, c.End) : (-q.Start - 1, -q.End - 1)).Select(g =>
        {
            var first = g.First();
            var source = new[] { first.Speaker?.Span, first.SpeakerWords?.Span }.OfType<TextSpan>().ToList();
            return new Attribution(Merge(g.Select(q => q.Span)), first.Cue is { } cue ? [cue.Span] : [], source)
            {
                SpeakerName = first.Speaker is { } s ? s.Span.Slice(doc.Text) : null,
            };
        }).ToList();
    }

    /// <summary>Whether a gold attribution's cue is speech: it holds a reporting verb, or is "according to" or a colon.</summary>
    public static bool SpeechCue(string text, Attribution gold, ReportingVerbs verbs)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(verbs);
        foreach (var cue in gold.Cue)
        {
            string words = cue.Slice(text).Trim();
            if (words.Contains("according to", StringComparison.OrdinalIgnoreCase) || words == ":"
                || words.Split([' ', '\n', ':', ','], StringSplitOptions.RemoveEmptyEntries).Any(w => verbs.ByForm(w) is not null))
            {
                return true;
            }
        }

        return false;
    }

    public static QuoteScores Score(string text, IReadOnlyList<Attribution> predicted, IReadOnlyList<Attribution> gold, IReadOnlyList<Attribution> ignored)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(ignored);
        var loose = Match(predicted, gold, Loose);
        var strict = Match(predicted, gold, Strict);
        int Counted(Dictionary<int, int> matches, double threshold) =>
            predicted.Count - Enumerable.Range(0, predicted.Count).Count(p => !matches.ContainsKey(p) && ignored.Any(i => Overlap(predicted[p], i) >= threshold));

        int correct = 0, scored = 0;
        foreach (var (p, g) in loose)
        {
            if (gold[g].Source.Count > 0)
            {
                scored++;
                correct += SpeakerRight(text, predicted[p], gold[g]) ? 1 : 0;
            }
        }

        return new QuoteScores(new Prf(loose.Count, Counted(loose, Loose), gold.Count), new Prf(strict.Count, Counted(strict, Strict), gold.Count), correct, scored);
    }

    /// <summary>Characters in common over the longer content's length.</summary>
    public static double Overlap(Attribution a, Attribution b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var x = Merge(a.Content);
        var y = Merge(b.Content);
        int common = 0;
        foreach (var s in x)
        {
            foreach (var t in y)
            {
                common += Math.Max(0, Math.Min(s.End, t.End) - Math.Max(s.Start, t.Start));
            }
        }

        int longer = Math.Max(x.Sum(s => s.Length), y.Sum(s => s.Length));
        return longer == 0 ? 0 : (double)common / longer;
    }

    private static Dictionary<int, int> Match(IReadOnlyList<Attribution> predicted, IReadOnlyList<Attribution> gold, double threshold)
    {
        var pairs = new List<(double Overlap, int P, int G)>();
        for (int p = 0; p < predicted.Count; p++)
        {
            for (int g = 0; g < gold.Count; g++)
            {
                double o = Overlap(predicted[p], gold[g]);
                if (o >= threshold)
                {
                    pairs.Add((o, p, g));
                }
            }
        }

        var matches = new Dictionary<int, int>();
        var usedGold = new HashSet<int>();
        foreach (var (_, p, g) in pairs.OrderByDescending(x => x.Overlap).ThenBy(x => x.P).ThenBy(x => x.G))
        {
            if (!matches.ContainsKey(p) && usedGold.Add(g))
            {
                matches[p] = g;
            }
        }

        return matches;
    }

    private static bool SpeakerRight(string text, Attribution predicted, Attribution gold)
    {
        if (predicted.Source.Any(p => gold.Source.Any(g => p.Overlaps(g))))
        {
            return true;
        }

        string? last = LastWord(string.Join(' ', gold.Source.Select(s => s.Slice(text))));
        return last is not null && predicted.SpeakerName is { } name && string.Equals(LastWord(name), last, StringComparison.OrdinalIgnoreCase);
    }

    private static string? LastWord(string words)
    {
        var parts = words.Split([' ', '\n', ','], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return null;
        }

        string w = parts[^1];
        return w.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || w.EndsWith("’s", StringComparison.OrdinalIgnoreCase) ? w[..^2] : w;
    }

    private static List<TextSpan> Merge(IEnumerable<TextSpan> spans)
    {
        var merged = new List<TextSpan>();
        foreach (var s in spans.Where(s => s.Length > 0).OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && s.Start <= merged[^1].End)
            {
                merged[^1] = new TextSpan(merged[^1].Start, Math.Max(merged[^1].End, s.End));
            }
            else
            {
                merged.Add(s);
            }
        }

        return merged;
    }
}
