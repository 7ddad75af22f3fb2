namespace Dossier.Corpus.EventMerging;

/// <summary>
/// Splits one partition's reports into groups that <see cref="EventMerger"/> can merge one at a time with the same
/// events as merging the partition whole. Two reports can only ever be of one event through what they share:
/// <list type="bullet">
/// <item>a report dated to a day meets events of its day through an actor (a key of <see cref="EventMerger.Keys"/>),
/// and is met by a coarser report whose range covers its month through the same key (the merger takes day-dated
/// reports first, so they never meet a coarser event);</item>
/// <item>a report dated to a range meets and is met through a key in a month its range covers (their dates must
/// intersect); a range of more than <see cref="MonthsLimit"/> months is linked to every report of the key;</item>
/// <item>a report whose date has no year meets only events that already hold a report of its article's story.</item>
/// </list>
/// Each report is noted in the order it is read; reports linked by a shared key and period, or a shared story as
/// above, end in one component (union-find), and components are packed into groups of at most a given size. Reports
/// without a date or without a key meet nothing and go wherever there is room. The merger orders each group's
/// reports by their content, as it orders a whole partition's, so every event is found with the same reports.
/// </summary>
internal sealed class ReportLinks
{
    /// <summary>The widest range, in months, linked month by month; a wider one is linked to every report of its keys.</summary>
    public const int MonthsLimit = 1200;

    private const int DayNode = 0;
    private const int MonthNode = 1;
    private const int AnyNode = 2;
    private const int StoryNode = 3;

    private readonly Func<string, string> storyOf;
    private readonly Dictionary<string, int> keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> stories = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Kind, int Key, int Value), int> nodes = [];
    private readonly UnionFind links = new(0);
    private readonly List<int> reportNodes = [];
    private readonly List<int> reportStories = [];
    private readonly HashSet<int> yearlessStories = [];

    /// <param name="storyOf">The story of a report's article, as the merger is given it.</param>
    public ReportLinks(Func<string, string> storyOf)
    {
        ArgumentNullException.ThrowIfNull(storyOf);
        this.storyOf = storyOf;
    }

    /// <summary>How many reports were noted.</summary>
    public int Count => reportNodes.Count;

    /// <summary>Notes the next report of the partition.</summary>
    public void Note(EventReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        int self = links.Add();
        reportNodes.Add(self);
        string story = storyOf(report.Article);
        if (!stories.TryGetValue(story, out int storyId))
        {
            stories[story] = storyId = stories.Count;
        }

        reportStories.Add(storyId);
        if (report.Date is not { } date)
        {
            return;
        }

        if (date.Earliest is not { } e || date.Latest is not { } l)
        {
            // Without a year: only events holding a report of its story (every report of the story is linked to
            // the story once all are noted).
            yearlessStories.Add(storyId);
            links.Union(self, Node(StoryNode, 0, storyId));
            return;
        }

        int months = ((l.Year - e.Year) * 12) + l.Month - e.Month + 1;
        foreach (string key in EventMerger.Keys(report))
        {
            if (!keys.TryGetValue(key, out int k))
            {
                keys[key] = k = keys.Count;
            }

            if (e == l)
            {
                links.Union(self, Node(DayNode, k, e.DayNumber));
            }
            else if (months > MonthsLimit)
            {
                links.Union(self, Node(AnyNode, k, 0));
            }
            else
            {
                for (int m = (e.Year * 12) + e.Month - 1, last = (l.Year * 12) + l.Month - 1; m <= last; m++)
                {
                    links.Union(self, Node(MonthNode, k, m));
                }
            }
        }
    }

    /// <summary>
    /// The group of each noted report, in the order noted, and how many groups there are: whole components packed in
    /// the order their first report was noted, a group closed once it would pass <paramref name="size"/> reports (a
    /// component larger than that is a group of its own).
    /// </summary>
    public (int[] Groups, int Count) Groups(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        LinkPeriods();
        var componentSize = new Dictionary<int, int>();
        var roots = new int[reportNodes.Count];
        for (int i = 0; i < roots.Length; i++)
        {
            roots[i] = links.Find(reportNodes[i]);
            componentSize[roots[i]] = componentSize.GetValueOrDefault(roots[i]) + 1;
        }

        var groupOf = new Dictionary<int, int>();
        var groups = new int[roots.Length];
        int count = 0, filled = 0;
        for (int i = 0; i < roots.Length; i++)
        {
            if (!groupOf.TryGetValue(roots[i], out int g))
            {
                int n = componentSize[roots[i]];
                if (count == 0 || filled + n > size)
                {
                    (count, filled) = (count + 1, 0);
                }

                groupOf[roots[i]] = g = count - 1;
                filled += n;
            }

            groups[i] = g;
        }

        return (groups, count);
    }

    /// <summary>
    /// Links what could only be linked once every report was noted: a key's day to its month when a range covers
    /// that month, every period of a key to the key's whole when a range too wide is of it, and every report of a
    /// story to the story when a report of it has a date without a year.
    /// </summary>
    private void LinkPeriods()
    {
        foreach (var ((kind, key, value), node) in nodes)
        {
            if (kind is not (DayNode or MonthNode))
            {
                continue;
            }

            if (kind == DayNode)
            {
                var day = DateOnly.FromDayNumber(value);
                if (nodes.TryGetValue((MonthNode, key, (day.Year * 12) + day.Month - 1), out int month))
                {
                    links.Union(node, month);
                }
            }

            if (nodes.TryGetValue((AnyNode, key, 0), out int any))
            {
                links.Union(node, any);
            }
        }

        if (yearlessStories.Count == 0)
        {
            return;
        }

        for (int i = 0; i < reportNodes.Count; i++)
        {
            if (yearlessStories.Contains(reportStories[i]))
            {
                links.Union(reportNodes[i], nodes[(StoryNode, 0, reportStories[i])]);
            }
        }
    }

    private int Node(int kind, int key, int value)
    {
        if (!nodes.TryGetValue((kind, key, value), out int node))
        {
            nodes[(kind, key, value)] = node = links.Add();
        }

        return node;
    }
}
