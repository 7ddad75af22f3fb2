using Dossier.Model;

namespace Dossier.Corpus.EventMerging;

/// <summary>
/// Counts, for each event, the reporting units that come back to its date later: articles that do not report it,
/// published after it happened, with a date expression inside its date ("2024-07-04" and "July 4" name the day; any
/// day of July names the month "2024-07"). Dates the coverage keeps returning to are the ones that mattered.
/// </summary>
internal sealed class LaterReferences
{
    private readonly Dictionary<string, List<(DateOnly Published, string Article)>> byValue = new(StringComparer.Ordinal);

    private readonly DuplicateResult duplicates;

    /// <summary>Indexes the articles' dated publication by the date keys they name, for one dating round.</summary>
    /// <param name="articles">The articles' event records.</param>
    /// <param name="redated">The re-resolved expressions of the undated articles this round dated again.</param>
    /// <param name="ranges">The publication ranges this round narrowed.</param>
    /// <param name="duplicates">The duplicates stage's result (later articles count once per reporting unit).</param>
    public LaterReferences(
        IReadOnlyList<ArticleEvents> articles,
        IReadOnlyDictionary<string, IReadOnlyList<TimexMention>> redated,
        IReadOnlyDictionary<string, DateRange> ranges,
        DuplicateResult duplicates)
    {
        this.duplicates = duplicates;
        foreach (var a in articles)
        {
            DateOnly? published = a.Published ?? (ranges.TryGetValue(a.Id, out var r) ? r.Earliest : a.PublishedRange?.Earliest);
            if (published is not { } p)
            {
                continue;
            }

            foreach (string key in redated.TryGetValue(a.Id, out var timexes) ? Keys(timexes, null) : a.DateKeys)
            {
                if (!byValue.TryGetValue(key, out var list))
                {
                    byValue[key] = list = [];
                }

                list.Add((p, a.Id));
            }
        }

        foreach (var list in byValue.Values)
        {
            list.Sort((x, y) => y.Published.CompareTo(x.Published));
        }
    }

    /// <summary>The event with its count of later references (unchanged when there are none).</summary>
    public MergedEvent Count(MergedEvent e)
    {
        if (e.Date is not { } value || e.Latest is not { } latest || !byValue.TryGetValue(value, out var referring))
        {
            return e;
        }

        var units = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (published, article) in referring)
        {
            if (published <= latest)
            {
                break;
            }

            if (!e.Articles.Contains(article, StringComparer.Ordinal))
            {
                units.Add(duplicates.UnitOf.TryGetValue(article, out var unit) ? unit : article);
            }
        }

        return units.Count == 0 ? e : e with { LaterReferences = units.Count };
    }

    /// <summary>The date keys the DATE expressions name, each once; <paramref name="pool"/> shares their strings when given.</summary>
    public static string[] Keys(IEnumerable<TimexMention> timexes, StringPool? pool)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in timexes)
        {
            if (t.Type == "DATE" && t.Value is { Length: >= 4 } v && char.IsAsciiDigit(v[0]) && char.IsAsciiDigit(v[3]))
            {
                keys.Add(Key(v, 4, pool));
                if (v.Length >= 7 && v[4] == '-' && char.IsAsciiDigit(v[5]))
                {
                    keys.Add(Key(v, 7, pool));
                    if (v.Length >= 10 && v[7] == '-' && char.IsAsciiDigit(v[8]))
                    {
                        keys.Add(Key(v, 10, pool));
                    }
                }
            }
        }

        return [.. keys];
    }

    private static string Key(string value, int length, StringPool? pool) =>
        pool is null ? value[..length] : pool.Share(value.AsSpan(0, length));
}
