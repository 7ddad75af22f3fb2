using Dossier.Resources;

namespace Dossier.Corpus;

/// <summary>
/// Groups articles into stories: two articles are linked when their TF-IDF vectors (content words, plus the entities
/// they mention, weighted up) are similar enough and their dates lie within <see cref="WindowDays"/>; stories are the
/// connected groups. The result depends only on the set of articles, never on the order they arrived in, and a new
/// article joins (or links) existing stories without anything else being re-clustered by hand.
/// </summary>
public sealed class StoryClusterer
{
    private static readonly Lazy<HashSet<string>> Stopwords = new(() =>
        [.. ResourceFile.Load(ResourceLocator.Resource("en", "corpus", "stopwords.txt")).Lines.Select(l => l.Text.Trim())]);

    public double Threshold { get; init; } = 0.2;

    public int WindowDays { get; init; } = 120;

    public int TopTerms { get; init; } = 30;

    /// <summary>Groups articles into stories, reading each one's terms from its document.</summary>
    public IReadOnlyList<Story> Cluster(IReadOnlyList<CorpusArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return Cluster([.. articles.Select(a => Read(a))]);
    }

    /// <summary>
    /// What the stage needs of one article, read from its document; <paramref name="pool"/> shares the terms'
    /// strings across the articles of one build.
    /// </summary>
    public static ArticleTerms Read(CorpusArticle article, StringPool? pool = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        var counts = Terms(article, pool ?? new StringPool());
        return new ArticleTerms(
            article.Id,
            Title(article),
            article.Metadata.Title is { Length: > 0 },
            article.EarliestDay,
            article.LatestDay,
            [.. counts.Keys],
            [.. counts.Values]);
    }

    /// <summary>Groups articles into stories from their terms alone (the same result as over their documents).</summary>
    public IReadOnlyList<Story> Cluster(IReadOnlyList<ArticleTerms> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var vectors = Vectorize(articles);
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var links = new UnionFind(articles.Count);
        for (int i = 0; i < articles.Count; i++)
        {
            var seen = new HashSet<int>();
            foreach (string term in vectors[i].OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(TopTerms).Select(kv => kv.Key))
            {
                if (!index.TryGetValue(term, out var list))
                {
                    index[term] = list = [];
                }

                foreach (int j in list)
                {
                    // Articles already in one story need no comparison: a link between them changes nothing.
                    if (seen.Add(j) && links.Find(i) != links.Find(j) && WithinWindow(articles[i], articles[j]) && Cosine(vectors[i], vectors[j]) >= Threshold)
                    {
                        links.Union(i, j);
                    }
                }

                list.Add(i);
            }
        }

        var stories = new List<Story>();
        foreach (var group in links.Groups())
        {
            var members = group.Select(i => articles[i]).ToList();
            // The most central article names the story; one with a title line is preferred over one without. Its
            // summed similarity to the others is its dot product with the group's summed vector, less its own
            // (one pass over the group instead of every pair).
            var sum = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (int j in group)
            {
                foreach (var (term, w) in vectors[j])
                {
                    sum[term] = sum.GetValueOrDefault(term) + w;
                }
            }

            int medoid = group
                .OrderByDescending(i => articles[i].HasTitle)
                .ThenByDescending(i => Math.Round(Cosine(vectors[i], sum) - Cosine(vectors[i], vectors[i]), 9))
                .ThenBy(i => articles[i].Id, StringComparer.Ordinal).First();
            var first = members.Select(a => a.EarliestDay).Where(d => d is not null).Min();
            var last = members.Select(a => a.LatestDay).Where(d => d is not null).Max();
            string anchor = members.Select(a => a.Id).Min(StringComparer.Ordinal)!;
            stories.Add(new Story(
                "story:" + anchor,
                articles[medoid].Title,
                [.. members.Select(a => a.Id).Order(StringComparer.Ordinal)],
                first,
                last));
        }

        return stories;
    }

    private static string Title(CorpusArticle article)
    {
        if (article.Metadata.Title is { Length: > 0 } title)
        {
            return title;
        }

        string text = article.Document.Text;
        int end = article.Document.Sentences.Count > 0 ? article.Document.Sentences[0].End : text.IndexOfAny(['.', '\n']) is int i and > 0 ? i : text.Length;
        string first = text[..Math.Min(end, text.Length)].Trim();
        return first.Length <= 140 ? first : first[..first.LastIndexOf(' ', 139)] + "…";
    }

    private bool WithinWindow(ArticleTerms a, ArticleTerms b)
    {
        if (a.EarliestDay is not { } a1 || a.LatestDay is not { } a2 || b.EarliestDay is not { } b1 || b.LatestDay is not { } b2)
        {
            return true;
        }

        int gap = Math.Max(0, Math.Max(b1.DayNumber - a2.DayNumber, a1.DayNumber - b2.DayNumber));
        return gap <= WindowDays;
    }

    private static List<Dictionary<string, double>> Vectorize(IReadOnlyList<ArticleTerms> articles)
    {
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in articles)
        {
            foreach (string term in c.Terms)
            {
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
            }
        }

        int n = articles.Count;
        var vectors = new List<Dictionary<string, double>>(n);
        foreach (var c in articles)
        {
            var v = new Dictionary<string, double>(c.Terms.Length, StringComparer.Ordinal);
            double norm = 0;
            for (int t = 0; t < c.Terms.Length; t++)
            {
                string term = c.Terms[t];
                int tf = c.Counts[t];
                double w = (1 + Math.Log(tf)) * Math.Log((1.0 + n) / (1.0 + documentFrequency[term]) + 1.0);
                v[term] = w;
                norm += w * w;
            }

            norm = Math.Sqrt(norm);
            foreach (string term in v.Keys.ToList())
            {
                v[term] /= norm == 0 ? 1 : norm;
            }

            vectors.Add(v);
        }

        return vectors;
    }

    private static Dictionary<string, int> Terms(CorpusArticle article, StringPool pool)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        string text = (article.Metadata.Title ?? string.Empty) + "\n" + article.Document.Text;
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                string word = text[start..i].ToLowerInvariant();
                if (word.Length > 2 && !Stopwords.Value.Contains(word) && !word.All(char.IsDigit))
                {
                    word = pool.Share(word);
                    counts[word] = counts.GetValueOrDefault(word) + 1;
                }

                start = -1;
            }
        }

        foreach (var e in article.Document.Entities.Where(e => e.EntityId is not null))
        {
            // Shared entities say more about a shared story than shared words do.
            string term = pool.Share("@" + e.EntityId);
            counts[term] = counts.GetValueOrDefault(term) + 3;
        }

        return counts;
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        if (a.Count > b.Count)
        {
            (a, b) = (b, a);
        }

        double dot = 0;
        foreach (var (term, w) in a)
        {
            if (b.TryGetValue(term, out double other))
            {
                dot += w * other;
            }
        }

        return dot;
    }
}

/// <summary>A story: articles about one developing subject, with a title and the span of their dates.</summary>
public sealed record Story(string Id, string Title, IReadOnlyList<string> Articles, DateOnly? First, DateOnly? Last);
