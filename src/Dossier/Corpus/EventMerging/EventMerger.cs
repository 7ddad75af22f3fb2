namespace Dossier.Corpus.EventMerging;

/// <summary>
/// Merges event reports into events. A report joins an event when they share the CAMEO cue category (the code's
/// first two digits, hence the quad class) and the modality class, their dates intersect (a year-less date, such as
/// an undated article's "Thursday", only within one story), their places do not contradict, and they share an actor
/// that is a person or an organisation, or two countries. When the dates they agree on are coarser than a month, or one
/// is more precise than the other, their sentences must also share words (or, for the latter, name two people or
/// organisations in common). A year-less date ("on Thursday" in an undated article) takes only a date that a dated
/// article reported fresh (within a week for a weekday). Reports are taken most precisely dated first, in an order fixed by their
/// content, so the result depends only on the set of reports, never on the order articles arrived in.
/// </summary>
internal sealed class EventMerger
{
    /// <summary>
    /// The share of content words two sentences must have in common to merge reports dated only to a year, or dated
    /// with different precision unless they name two people or organisations in common.
    /// </summary>
    public double Overlapping { get; init; } = 0.2;

    /// <param name="reports">The reports to merge.</param>
    /// <param name="storyOf">The story of a report's article, when the reports were read before the stories were
    /// known (their <see cref="EventReport.Story"/> is then not set); null to take each report's own.</param>
    public List<EventCluster> Merge(IReadOnlyList<EventReport> reports, Func<string, string>? storyOf = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var ordered = reports
            .OrderByDescending(r => r.Date?.Rank ?? 0)
            .ThenByDescending(r => r.ArticleDated)
            .ThenBy(r => r.Article, StringComparer.Ordinal)
            .ThenBy(r => r.Sentence).ThenBy(r => r.Trigger.Start).ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
        var clusters = new List<EventCluster>();
        // Clusters are found by (cue category, actor, day or month of their date); the buckets a cluster is filed
        // under are its first report's, and reports join in decreasing precision, so its date only narrows inside them.
        var index = new Dictionary<(string Root, string Key, string Bucket), List<int>>();
        foreach (var report in ordered)
        {
            string story = storyOf?.Invoke(report.Article) ?? report.Story;
            var keys = Keys(report).ToList();
            // A report dated to a year or less precisely looks for its event only through the people and
            // organisations it names: through a country it would meet every event of that country that year.
            var lookup = report.Date is { Rank: >= 20 } ? keys : [.. keys.Where(k => !k.StartsWith(CountryKey, StringComparison.Ordinal))];
            int best = -1;
            double bestScore = double.MinValue;
            DateConstraint? bestDate = null;
            if (report.Date is not null)
            {
                var candidates = new SortedSet<int>();
                foreach (string key in lookup)
                {
                    foreach (string bucket in LookupBuckets(report.Date))
                    {
                        if (index.TryGetValue((report.Root, key, bucket), out var list))
                        {
                            candidates.UnionWith(list);
                        }
                    }
                }

                foreach (int c in candidates)
                {
                    if (Score(clusters[c], report, story, out var date) is { } score && score > bestScore)
                    {
                        (best, bestScore, bestDate) = (c, score, date);
                    }
                }
            }

            if (best >= 0)
            {
                clusters[best].Add(report, story, bestDate);
                continue;
            }

            best = clusters.Count;
            clusters.Add(new EventCluster(report, story));
            if (report.Date is not null)
            {
                foreach (string key in keys)
                {
                    foreach (string bucket in Buckets(report.Date))
                    {
                        if (!index.TryGetValue((report.Root, key, bucket), out var list))
                        {
                            index[(report.Root, key, bucket)] = list = [];
                        }

                        list.Add(best);
                    }
                }
            }
        }

        return clusters;
    }

    private const string All = "all";

    private const string Coarse = "*";

    private const string CountryKey = "country:";

    /// <summary>
    /// The buckets a new event is filed under: its day and its month when it is dated to a day, its month when to a
    /// month, else <see cref="Coarse"/>; and <see cref="All"/>.
    /// </summary>
    private static IEnumerable<string> Buckets(DateConstraint date)
    {
        yield return All;
        if (date.Earliest is not { } e || date.Latest is not { } l || e.Year != l.Year || e.Month != l.Month)
        {
            yield return Coarse;
            yield break;
        }

        yield return e.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        if (e == l)
        {
            yield return e.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>
    /// The buckets that can hold an event a report with this date may belong to: its day for a day (reports are
    /// taken most precise first, so only events dated to a day exist yet), the month for a date within a month, the
    /// months it spans and the coarse bucket for a wider range, everything for a date without a year.
    /// </summary>
    private static IEnumerable<string> LookupBuckets(DateConstraint date)
    {
        if (date.Earliest is not { } e || date.Latest is not { } l || ((l.Year - e.Year) * 12) + l.Month - e.Month > 36)
        {
            yield return All;
            yield break;
        }

        yield return Coarse;
        if (e == l)
        {
            yield return e.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            yield break;
        }

        for (var m = new DateOnly(e.Year, e.Month, 1); m <= l; m = m.AddMonths(1))
        {
            yield return m.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>How well a report fits an event, or null when it cannot be a report of it; <paramref name="date"/> is the date they agree on.</summary>
    private double? Score(EventCluster cluster, EventReport report, string story, out DateConstraint? date)
    {
        date = null;
        if (cluster.ModalityClass != report.ModalityClass || cluster.Date is null || report.Date is null)
        {
            return null;
        }

        if ((!cluster.Date.IsBounded || !report.Date.IsBounded) && !cluster.InStory(story))
        {
            return null;
        }

        if (report.LocationCountry is { } lc && cluster.PlacedElsewhere(lc))
        {
            return null;
        }

        int specific = 0, countries = 0;
        foreach (string id in report.SpecificActors)
        {
            specific += cluster.HasSpecific(id) ? 1 : 0;
        }

        foreach (string c in report.Countries)
        {
            countries += cluster.HasCountry(c) ? 1 : 0;
        }

        if (specific == 0 && countries < 2)
        {
            return null;
        }

        if (cluster.Date.IsBounded && report.Date.IsBounded && (cluster.Date.Latest < report.Date.Earliest || report.Date.Latest < cluster.Date.Earliest))
        {
            return null;
        }

        date = cluster.Date.Intersect(report.Date);
        if (date is null || (!report.Date.IsBounded && !Fresh(cluster, report.Date)))
        {
            return null;
        }

        double overlap = cluster.Members.Take(5).Max(m => Overlap(m.Words, report.Words));
        if (date.Rank < 20 && overlap < Overlapping)
        {
            return null;
        }

        // A report dated less precisely than the event (or more) is of it only if its sentence names two of the
        // people and organisations the event's sentences name, or shares their words: "Mokhber and Putin met on
        // Thursday" is the Astana meeting; "Pezeshkian met Putin ... since July" is not.
        int mentioned = report.Mentioned.Count(cluster.HasMentioned);
        if (report.Date.Rank != cluster.Date.Rank && mentioned < 2 && overlap < Overlapping)
        {
            return null;
        }

        // Between events that fit equally, the one already holding this very code (a meeting, not the message
        // conveyed at it) is the likelier.
        double sameCode = cluster.Members.Any(m => m.Code == report.Code) ? 2.0 : 0.0;
        return (3.0 * specific) + countries + (2.0 * overlap) + (date.Rank / 40.0) + sameCode;
    }

    /// <summary>
    /// Whether a year-less date can take the event's: a weekday names a day of the week around its article, so only an
    /// event a dated article reported within a week of it qualifies; a month or a day of a month, one reported within
    /// a year.
    /// </summary>
    private static bool Fresh(EventCluster cluster, DateConstraint yearless)
    {
        int window = yearless.Weekday is not null ? 7 : 366;
        return cluster.Members.Any(m => m.Published is { } p && m.Date is { IsBounded: true } d && d.Rank >= 20
            && p.DayNumber - d.Latest!.Value.DayNumber is var gap && gap >= 0 && gap <= window);
    }

    /// <summary>What a report is filed and looked up by: the ids of its people and organisations and its actors' countries.</summary>
    public static IEnumerable<string> Keys(EventReport report)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in report.Participants)
        {
            if (p.Specific)
            {
                keys.Add(p.Id);
            }

            if (p.Country is { } c)
            {
                keys.Add(CountryKey + c);
            }
        }

        return keys.Order(StringComparer.Ordinal);
    }

    private static double Overlap(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        int shared = a.Count(b.Contains);
        return shared / (double)(a.Count + b.Count - shared);
    }
}
