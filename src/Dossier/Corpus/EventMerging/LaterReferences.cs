using Dossier.Model;

namespace Dossier.Corpus.EventMerging;

/// <summary>
/// Counts, for each event, the reporting units that come back to its date later: articles that do not report it,
/// published after it happened, with a date expression inside its date ("2024-07-04" and "July 4" name the day; any
/// day of July names the month "2024-07"). Dates the coverage keeps returning to are the ones that mattered.
/// </summary>
internal static class LaterReferences
{
    public static List<MergedEvent> Count(
        IReadOnlyList<MergedEvent> events,
        IReadOnlyList<ArticleEvents> articles,
        IReadOnlyDictionary<string, IReadOnlyList<TimexMention>> redated,
        IReadOnlyDictionary<string, DateRange> ranges,
        DuplicateResult duplicates)
    {
        var byValue = new Dictionary<string, List<(DateOnly Published, string Article)>>(StringComparer.Ordinal);
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

        var result = new List<MergedEvent>(events.Count);
        foreach (var e in events)
        {
            if (e.Date is not { } value || e.Latest is not { } latest || !byValue.TryGetValue(value, out var referring))
            {
                result.Add(e);
                continue;
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

            result.Add(units.Count == 0 ? e : e with { LaterReferences = units.Count });
        }

        return result;
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
