using System.Security.Cryptography;
using System.Text;
using Dossier.Events;

namespace Dossier.Corpus.EventMerging;

/// <summary>
/// Turns a cluster of reports into the event the store keeps: the code most reports give, "asserted" when any report
/// asserts it, the actors and evidence of every report, the articles and their independent count, and a summary (the
/// report sentence that names both sides, with a date of its own, closest to a headline's length).
/// </summary>
internal static class MergedEventBuilder
{
    private const int SummaryLength = 200;

    public static MergedEvent Build(EventCluster cluster, CameoCatalog catalog, Func<IEnumerable<string>, int> independentSources)
    {
        var members = cluster.Members.OrderBy(m => m.Article, StringComparer.Ordinal).ThenBy(m => m.Trigger.Start).ThenBy(m => m.Code, StringComparer.Ordinal).ToList();
        string code = members.GroupBy(m => m.Code, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        string modality = members.Any(m => m.Modality == "asserted") ? "asserted"
            : members.GroupBy(m => m.Modality, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var best = members
            .OrderByDescending(m => (m.Sources.Count > 0 ? 1 : 0) + (m.Targets.Count > 0 ? 1 : 0))
            .ThenByDescending(m => m.DateExpression >= 0)
            .ThenByDescending(m => m.ArticleDated)
            .ThenBy(m => Math.Abs(m.SentenceText.Length - 120))
            .ThenBy(m => m.Article, StringComparer.Ordinal).First();
        var articles = members.Select(m => m.Article).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var date = cluster.Date;
        var entry = catalog.Find(code);
        return new MergedEvent(Id(members[0]), code, catalog.Label(code), Summary(best.SentenceText), modality)
        {
            Date = date?.Value(),
            Earliest = date?.IsBounded == true ? date.Earliest : null,
            Latest = date?.IsBounded == true ? date.Latest : null,
            Sources = Union(members.SelectMany(m => m.Sources)),
            Targets = Union(members.SelectMany(m => m.Targets)),
            Location = members.Select(m => m.Location).OfType<string>().GroupBy(l => l, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault(),
            Goldstein = entry?.Goldstein,
            QuadClass = entry?.QuadClass is int q and > 0 ? q : CameoCatalog.QuadClassOf(code),
            Evidence = [.. members.Select(m => new EventEvidence(m.Article, m.Evidence.Start, m.Evidence.End)).Distinct()],
            Articles = articles,
            IndependentSources = independentSources(articles),
            DatedReports = members.Count(m => m.DateExpression >= 0),
        };
    }

    /// <summary>A stable id from the content of the event's first report, so rebuilding gives the same ids.</summary>
    private static string Id(EventReport first)
    {
        string key = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{first.Article}\u0001{first.Trigger.Start}\u0001{first.Code}");
        return "evt:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 8));
    }

    private static List<EventParticipant> Union(IEnumerable<EventParticipant> participants)
    {
        var byId = new Dictionary<string, EventParticipant>(StringComparer.Ordinal);
        foreach (var p in participants)
        {
            byId[p.Id] = byId.TryGetValue(p.Id, out var known)
                ? known with { Aliases = [.. known.Aliases.Concat(p.Aliases).Append(p.Name).Where(a => a != known.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)] }
                : p;
        }

        return [.. byId.Values.OrderBy(p => p.Id, StringComparer.Ordinal)];
    }

    private static string Summary(string sentence)
    {
        var sb = new StringBuilder(sentence.Length);
        foreach (char c in sentence.Trim())
        {
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != ' ')
            {
                sb.Append(' ');
            }
        }

        string text = sb.ToString();
        if (text.Length <= SummaryLength)
        {
            return text;
        }

        int cut = text.LastIndexOf(' ', SummaryLength - 1);
        return text[..(cut > 0 ? cut : SummaryLength)] + "…";
    }
}
