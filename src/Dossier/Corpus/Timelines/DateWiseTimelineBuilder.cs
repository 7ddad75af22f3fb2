using System.Globalization;
using Dossier.Model;

namespace Dossier.Corpus.Timelines;

/// <summary>
/// Builds a timeline date-wise (as news-tls's DATEWISE family does): dates are ranked by how often the coverage refers
/// to them (sentences whose temporal expressions resolve to that day, more when the sentence is on topic) and how many
/// articles appeared that day; then each chosen date is summarised by its most central on-topic sentences.
/// </summary>
public sealed class DateWiseTimelineBuilder
{
    public IReadOnlyList<SystemTimelineEntry> Build(IReadOnlyList<Document> documents, TimelineRequest request)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(request);
        var sentences = DatedSentences(documents);
        var scores = new Dictionary<DateOnly, double>();
        foreach (var s in sentences)
        {
            double weight = OnTopic(s.Text, request.Keywords) ? 1 + request.KeywordBoost : 1;
            foreach (var day in s.Days.Distinct())
            {
                scores[day] = scores.GetValueOrDefault(day) + weight;
            }
        }

        foreach (var doc in documents)
        {
            if (doc.Metadata.Published is { } p)
            {
                scores[p] = scores.GetValueOrDefault(p) + request.PublicationWeight;
            }
        }

        var chosen = scores
            .Where(kv => (request.Start is null || kv.Key >= request.Start) && (request.End is null || kv.Key <= request.End))
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key)
            .Take(request.Dates)
            .ToList();

        var byDay = new Dictionary<DateOnly, List<DatedSentence>>();
        foreach (var s in sentences)
        {
            foreach (var day in s.Days.Distinct())
            {
                if (!byDay.TryGetValue(day, out var list))
                {
                    byDay[day] = list = [];
                }

                list.Add(s);
            }
        }

        return [.. chosen
            .Select(kv => new SystemTimelineEntry(kv.Key, kv.Value, Summarise(byDay.GetValueOrDefault(kv.Key) ?? [], request)))
            .OrderBy(e => e.Date)];
    }

    /// <summary>Every sentence of every document with the days its DATE expressions resolve to.</summary>
    public static List<DatedSentence> DatedSentences(IReadOnlyList<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var result = new List<DatedSentence>();
        for (int d = 0; d < documents.Count; d++)
        {
            var doc = documents[d];
            var days = new List<DateOnly>[doc.Sentences.Count];
            foreach (var t in doc.Timexes)
            {
                if (t.Sentence >= 0 && t.Sentence < days.Length && Day(t.DatingValue) is { } day)
                {
                    (days[t.Sentence] ??= []).Add(day);
                }
            }

            for (int s = 0; s < doc.Sentences.Count; s++)
            {
                var span = doc.Sentences[s];
                result.Add(new DatedSentence(d, s, doc.Text[span.Start..span.End], (IReadOnlyList<DateOnly>?)days[s] ?? [], doc.Metadata.Published));
            }
        }

        return result;
    }

    private static List<DatedSentence> Summarise(List<DatedSentence> candidates, TimelineRequest request)
    {
        var usable = candidates.Where(c => WordCount(c.Text) is >= 5 and <= 60).ToList();
        if (usable.Count == 0)
        {
            return [];
        }

        var onTopic = usable.Where(c => OnTopic(c.Text, request.Keywords)).ToList();
        if (onTopic.Count > 0)
        {
            usable = onTopic;
        }

        var vectors = usable.Select(c => Vector(c.Text)).ToList();
        var centroid = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var v in vectors)
        {
            foreach (var (term, w) in v)
            {
                centroid[term] = centroid.GetValueOrDefault(term) + w;
            }
        }

        var ranked = Enumerable.Range(0, usable.Count).OrderByDescending(i => Cosine(vectors[i], centroid)).ThenBy(i => usable[i].Article).ThenBy(i => usable[i].Sentence).ToList();
        var picked = new List<int>();
        foreach (int i in ranked)
        {
            if (picked.Count == request.SentencesPerDate)
            {
                break;
            }

            if (picked.All(j => Cosine(vectors[i], vectors[j]) < 0.5))
            {
                picked.Add(i);
            }
        }

        return [.. picked.Select(i => usable[i])];
    }

    private static DateOnly? Day(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static bool OnTopic(string text, IReadOnlyList<string> keywords) =>
        keywords.Count == 0 || keywords.Any(k => text.Contains(k, StringComparison.OrdinalIgnoreCase));

    private static int WordCount(string s) => s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static Dictionary<string, double> Vector(string text)
    {
        var v = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (string w in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            string t = new string([.. w.Where(char.IsLetterOrDigit)]).ToLowerInvariant();
            if (t.Length > 2)
            {
                v[t] = v.GetValueOrDefault(t) + 1;
            }
        }

        double norm = Math.Sqrt(v.Values.Sum(x => x * x));
        foreach (string k in v.Keys.ToList())
        {
            v[k] /= norm == 0 ? 1 : norm;
        }

        return v;
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        double dot = 0, nb = 0;
        foreach (var (t, w) in a)
        {
            if (b.TryGetValue(t, out double x))
            {
                dot += w * x;
            }
        }

        foreach (double x in b.Values)
        {
            nb += x * x;
        }

        return nb == 0 ? 0 : dot / Math.Sqrt(nb);
    }
}
