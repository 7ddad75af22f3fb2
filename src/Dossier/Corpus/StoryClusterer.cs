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

    /// <summary>
    /// Groups articles into stories from their terms alone (the same result as over their documents). The articles
    /// are read once, in order, and each one's terms are kept as term numbers as it comes, so neither its term strings
    /// nor a dictionary per article are held: about a third of the memory the vectors took as dictionaries.
    /// </summary>
    public IReadOnlyList<Story> Cluster(IEnumerable<ArticleTerms> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var (read, vectors, vocabulary) = Vectorize(articles);
        // Each article is compared with the earlier articles (by id) that share one of its top terms and lie within
        // the window; a term's postings are kept by date, so only those near the article's dates are looked at.
        var top = new int[read.Count][];
        for (int i = 0; i < read.Count; i++)
        {
            top[i] = [.. vectors[i].Top(TopTerms, vocabulary)];
        }

        var postings = new Postings(read, top, WindowDays);
        var links = new UnionFind(read.Count);
        for (int i = 0; i < read.Count; i++)
        {
            var seen = new HashSet<int>();
            foreach (int term in top[i])
            {
                foreach (int j in postings.Near(term, read[i], before: i))
                {
                    // Articles already in one story need no comparison: a link between them changes nothing.
                    if (seen.Add(j) && links.Find(i) != links.Find(j) && WithinWindow(read[i], read[j]) && TermVector.Cosine(vectors[i], vectors[j]) >= Threshold)
                    {
                        links.Union(i, j);
                    }
                }
            }
        }

        var stories = new List<Story>();
        var sum = new double[vocabulary.Count];
        foreach (var group in links.Groups())
        {
            var members = group.Select(i => read[i]).ToList();
            // The most central article names the story; one with a title line is preferred over one without. Its
            // summed similarity to the others is its dot product with the group's summed vector, less its own
            // (one pass over the group instead of every pair).
            foreach (int j in group)
            {
                vectors[j].AddTo(sum);
            }

            int medoid = group
                .OrderByDescending(i => read[i].HasTitle)
                .ThenByDescending(i => Math.Round(vectors[i].Dot(sum) - TermVector.Cosine(vectors[i], vectors[i]), 9))
                .ThenBy(i => read[i].Id, StringComparer.Ordinal).First();
            foreach (int j in group)
            {
                vectors[j].Clear(sum);
            }

            var first = members.Select(a => a.EarliestDay).Where(d => d is not null).Min();
            var last = members.Select(a => a.LatestDay).Where(d => d is not null).Max();
            string anchor = members.Select(a => a.Id).Min(StringComparer.Ordinal)!;
            stories.Add(new Story(
                "story:" + anchor,
                read[medoid].Title,
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

    /// <summary>
    /// Reads the articles once: each one's terms become term numbers with their counts (<paramref name="articles"/>'
    /// strings are let go as each article is read); once every article is read, the document frequencies give each
    /// term's inverse document frequency and each vector its norm, summed term by term in the order the terms first
    /// occur, as over a dictionary filled in that order.
    /// </summary>
    private static (List<ArticleTerms> Read, List<TermVector> Vectors, List<string> Vocabulary) Vectorize(IEnumerable<ArticleTerms> articles)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var vocabulary = new List<string>();
        var documentFrequency = new List<int>();
        var read = new List<ArticleTerms>();
        var vectors = new List<TermVector>();
        foreach (var c in articles)
        {
            var terms = new int[c.Terms.Length];
            for (int t = 0; t < terms.Length; t++)
            {
                if (!numbers.TryGetValue(c.Terms[t], out int number))
                {
                    numbers[c.Terms[t]] = number = vocabulary.Count;
                    vocabulary.Add(c.Terms[t]);
                    documentFrequency.Add(0);
                }

                documentFrequency[number]++;
                terms[t] = number;
            }

            read.Add(c with { Terms = [], Counts = [] });
            vectors.Add(new TermVector(terms, c.Counts));
        }

        int n = read.Count;
        var idf = new double[vocabulary.Count];
        for (int term = 0; term < idf.Length; term++)
        {
            idf[term] = Math.Log((1.0 + n) / (1.0 + documentFrequency[term]) + 1.0);
        }

        foreach (var v in vectors)
        {
            v.Normalise(idf);
        }

        return (read, vectors, vocabulary);
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

    /// <summary>
    /// The articles that rank each term among their top terms. Articles dated within <see cref="NarrowDays"/> are kept
    /// by their earliest day, so the ones a window around an article can reach are found by binary search; the others
    /// (undated, or dated only to a wide range) are few and always looked at. Which articles are linked does not
    /// depend on the order pairs are compared in (stories are the connected groups), so visiting only the articles
    /// within reach links exactly those the comparison of every pair would.
    /// </summary>
    private sealed class Postings
    {
        /// <summary>The widest range of days an article may span to be found by its earliest day.</summary>
        private const int NarrowDays = 31;

        private readonly Dictionary<int, (List<(int Day, int Article)> Narrow, List<int> Other)> byTerm = [];
        private readonly int window;

        public Postings(List<ArticleTerms> articles, int[][] top, int window)
        {
            this.window = window;
            for (int a = 0; a < articles.Count; a++)
            {
                foreach (int term in top[a])
                {
                    if (!byTerm.TryGetValue(term, out var lists))
                    {
                        byTerm[term] = lists = ([], []);
                    }

                    if (Narrow(articles[a]) is { } day)
                    {
                        lists.Narrow.Add((day, a));
                    }
                    else
                    {
                        lists.Other.Add(a);
                    }
                }
            }

            foreach (var (narrow, _) in byTerm.Values)
            {
                narrow.Sort();
            }
        }

        /// <summary>
        /// The articles before <paramref name="before"/> (by position) that rank <paramref name="term"/> among their top
        /// terms and may lie within the window of <paramref name="article"/>'s dates (a superset of those that do).
        /// </summary>
        public IEnumerable<int> Near(int term, ArticleTerms article, int before)
        {
            if (!byTerm.TryGetValue(term, out var lists))
            {
                yield break;
            }

            foreach (int j in lists.Other)
            {
                if (j < before)
                {
                    yield return j;
                }
            }

            var narrow = lists.Narrow;
            int from = 0, to = narrow.Count;
            if (article.EarliestDay is { } e && article.LatestDay is { } l)
            {
                // A narrow article starting before this day ends more than the window before this one starts.
                from = LowerBound(narrow, e.DayNumber - window - NarrowDays);
                to = LowerBound(narrow, l.DayNumber + window + 1);
            }

            for (int k = from; k < to; k++)
            {
                if (narrow[k].Article < before)
                {
                    yield return narrow[k].Article;
                }
            }
        }

        private static int? Narrow(ArticleTerms a) =>
            a.EarliestDay is { } e && a.LatestDay is { } l && l.DayNumber - e.DayNumber <= NarrowDays ? e.DayNumber : null;

        private static int LowerBound(List<(int Day, int Article)> list, int day)
        {
            int lo = 0, hi = list.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (list[mid].Day < day)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }
    }

    /// <summary>
    /// One article's normalised TF-IDF vector by term number, held as its terms sorted by number (for lookups) with
    /// their counts, and the order the terms first occur in the article, which is the order its products are summed
    /// in. A weight is computed when it is read, by the same operations in the same order as when it was kept
    /// (<c>(1 + ln tf) × idf</c>, divided by the norm), so every similarity is the same to the last bit while a term
    /// takes 8 bytes instead of 16.
    /// </summary>
    private sealed class TermVector
    {
        /// <summary><c>1 + ln tf</c> for the counts most terms have.</summary>
        private static readonly double[] LogCounts = [.. Enumerable.Range(0, 256).Select(tf => 1 + Math.Log(tf))];

        private readonly int[] terms;
        private readonly Numbers counts;
        private readonly Numbers order;
        private double[] idf = [];
        private double divisor = 1;

        /// <param name="terms">The term numbers, in the order they first occur.</param>
        /// <param name="counts">Their counts, in the same order.</param>
        public TermVector(int[] terms, int[] counts)
        {
            var sorted = new int[terms.Length];
            for (int k = 0; k < sorted.Length; k++)
            {
                sorted[k] = k;
            }

            Array.Sort((int[])terms.Clone(), sorted);
            this.terms = new int[terms.Length];
            var sortedCounts = new int[terms.Length];
            var at = new int[terms.Length];
            for (int k = 0; k < sorted.Length; k++)
            {
                this.terms[k] = terms[sorted[k]];
                sortedCounts[k] = counts[sorted[k]];
                at[sorted[k]] = k;
            }

            this.counts = new Numbers(sortedCounts);
            order = new Numbers(at);
        }

        public int Count => terms.Length;

        /// <summary>Takes the inverse document frequencies and the norm they give this vector.</summary>
        public void Normalise(double[] inverse)
        {
            idf = inverse;
            divisor = 1;
            double norm = 0;
            for (int p = 0; p < order.Length; p++)
            {
                double w = Weight(order[p]);
                norm += w * w;
            }

            norm = Math.Sqrt(norm);
            divisor = norm == 0 ? 1 : norm;
        }

        /// <summary>The <paramref name="count"/> heaviest terms, ties by the term's text (ordinal).</summary>
        public IEnumerable<int> Top(int count, List<string> vocabulary) =>
            Enumerable.Range(0, order.Length).Select(p => order[p])
                .Select(k => (Term: terms[k], Weight: Weight(k)))
                .OrderByDescending(x => x.Weight)
                .ThenBy(x => vocabulary[x.Term], StringComparer.Ordinal)
                .Take(count)
                .Select(x => x.Term);

        /// <summary>The cosine of two normalised vectors: the smaller one's terms in their order, looked up in the other.</summary>
        public static double Cosine(TermVector a, TermVector b)
        {
            if (a.Count > b.Count)
            {
                (a, b) = (b, a);
            }

            double dot = 0;
            for (int p = 0; p < a.order.Length; p++)
            {
                int k = a.order[p];
                int other = Array.BinarySearch(b.terms, a.terms[k]);
                if (other >= 0)
                {
                    dot += a.Weight(k) * b.Weight(other);
                }
            }

            return dot;
        }

        /// <summary>The dot product with a dense vector by term number, summed in this vector's term order.</summary>
        public double Dot(double[] dense)
        {
            double dot = 0;
            for (int p = 0; p < order.Length; p++)
            {
                int k = order[p];
                dot += Weight(k) * dense[terms[k]];
            }

            return dot;
        }

        /// <summary>Adds this vector's weights to a dense vector by term number.</summary>
        public void AddTo(double[] dense)
        {
            for (int k = 0; k < terms.Length; k++)
            {
                dense[terms[k]] += Weight(k);
            }
        }

        /// <summary>Sets this vector's terms in a dense vector back to zero.</summary>
        public void Clear(double[] dense)
        {
            foreach (int t in terms)
            {
                dense[t] = 0;
            }
        }

        /// <summary>The weight of the k-th term by number: as kept before, the raw weight divided by the norm (or by 1 while the norm is taken).</summary>
        private double Weight(int k)
        {
            int tf = counts[k];
            double raw = (tf < LogCounts.Length ? LogCounts[tf] : 1 + Math.Log(tf)) * idf[terms[k]];
            return raw / divisor;
        }
    }

    /// <summary>Non-negative numbers in 16 bits each when they all fit, else 32.</summary>
    private readonly struct Numbers
    {
        private readonly ushort[]? small;
        private readonly int[]? large;

        public Numbers(int[] values)
        {
            if (values.All(v => v is >= 0 and <= ushort.MaxValue))
            {
                small = [.. values.Select(v => (ushort)v)];
            }
            else
            {
                large = values;
            }
        }

        public int Length => small?.Length ?? large!.Length;

        public int this[int i] => small is not null ? small[i] : large![i];
    }
}

/// <summary>A story: articles about one developing subject, with a title and the span of their dates.</summary>
public sealed record Story(string Id, string Title, IReadOnlyList<string> Articles, DateOnly? First, DateOnly? Last);
