using System.Globalization;
using Dossier.Agreements;
using Dossier.Claims;

namespace Dossier.Corpus.Agreements;

/// <summary>
/// Merges the agreements articles speak of into agreements tracked across articles. Articles are read in id order,
/// so ingest order never matters. An article's agreement joins the group that shares a proper name or a name; or,
/// when neither has a proper name, a distinctive modifier ("comprehensive", "strategic", "partnership") with parties
/// that fit (one set within the other) and no conflicting signing year; else it starts a group. A generic phrase
/// alone ("the deal") never joins across articles.
/// </summary>
public static class AgreementTracker
{
    public static List<AgreementGroup> Group(IEnumerable<(string Article, ParsedArticle Parsed, ArticleAgreements Local)> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var groups = new List<AgreementGroup>();
        foreach (var (article, parsed, local) in articles)
        {
            foreach (var agreement in local.Agreements)
            {
                var target = groups.Select(g => (Group: g, Score: Score(g, agreement))).Where(x => x.Score > 0).OrderByDescending(x => x.Score).Select(x => x.Group).FirstOrDefault();
                if (target is null)
                {
                    target = new AgreementGroup();
                    groups.Add(target);
                }

                target.Add(article, parsed, agreement);
            }
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in groups)
        {
            g.Name = BestName(g);
            string id = "agr:" + Slug(g.Name);
            for (int n = 2; !used.Add(id); n++)
            {
                id = "agr:" + Slug(g.Name) + "-" + n.ToString(CultureInfo.InvariantCulture);
            }

            g.Id = id;
        }

        return groups;
    }

    /// <summary>How strongly an article's agreement belongs to a group (0: not at all).</summary>
    private static int Score(AgreementGroup g, LocalAgreement a)
    {
        if (g.ProperNames.Overlaps(a.ProperNames))
        {
            return 100;
        }

        var names = a.Mentions.Where(m => !m.IsGeneric).Select(m => m.Name.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        bool partiesFit = g.Parties.Count == 0 || a.Parties.Count == 0 || g.Parties.IsSubsetOf(a.Parties) || g.Parties.IsSupersetOf(a.Parties);
        var years = a.States.Where(s => s.State == "signed" && s.Date is { Length: >= 4 }).Select(s => s.Date![..4]).ToHashSet(StringComparer.Ordinal);
        bool datesFit = g.SignedYears.Count == 0 || years.Count == 0 || g.SignedYears.Overlaps(years);
        if (g.Names.Overlaps(names) && partiesFit && datesFit)
        {
            return 50;
        }

        if (g.ProperNames.Count > 0 || a.ProperNames.Count > 0 || !partiesFit || !datesFit)
        {
            return 0;
        }

        var gYears = g.Descriptors.Where(IsYear).ToHashSet(StringComparer.Ordinal);
        var aYears = a.Descriptors.Where(IsYear).ToHashSet(StringComparer.Ordinal);
        if (gYears.Count > 0 && aYears.Count > 0 && !gYears.Overlaps(aYears))
        {
            return 0;
        }

        return a.Descriptors.Count(d => !IsYear(d) && g.Descriptors.Contains(d));
    }

    /// <summary>
    /// A proper name, else a quoted name (official names are quoted), else the name most articles use; then the one
    /// with most distinctive words, then the shortest ("free trade agreement" before "significant free trade agreement").
    /// </summary>
    private static string BestName(AgreementGroup g)
    {
        var mentions = g.Members.SelectMany(m => m.Local.Mentions.Select(x => (m.Article, Mention: x))).ToList();
        var named = mentions.Where(x => !x.Mention.IsGeneric).ToList();
        if (named.Count == 0)
        {
            return mentions.Select(x => x.Mention.Name).OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).First();
        }

        return named
            .GroupBy(x => x.Mention.Name.ToLowerInvariant(), StringComparer.Ordinal)
            .OrderByDescending(n => n.Any(x => x.Mention.ProperName is not null))
            .ThenByDescending(n => n.Any(x => x.Mention.Quoted))
            .ThenByDescending(n => n.Select(x => x.Article).Distinct(StringComparer.Ordinal).Count())
            .ThenByDescending(n => n.First().Mention.Descriptors.Count)
            .ThenBy(n => n.Key.Length)
            .ThenBy(n => n.Key, StringComparer.Ordinal)
            .First().First().Mention.Name;
    }

    private static bool IsYear(string word) => word.Length == 4 && word.All(char.IsAsciiDigit);

    /// <summary>A lower-case id slug: letters and digits, runs of anything else as one hyphen.</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new System.Text.StringBuilder();
        foreach (char c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().TrimEnd('-');
    }
}
