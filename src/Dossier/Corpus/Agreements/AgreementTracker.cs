using System.Globalization;
using Dossier.Agreements;
using Dossier.Corpus.Claims;

namespace Dossier.Corpus.Agreements;

/// <summary>
/// Merges the agreements articles speak of into agreements tracked across articles. Articles are read in id order,
/// so ingest order never matters. An article's agreement joins the first group it matches (<see cref="AgreementProfile.Matches"/>:
/// a proper name, a name, or distinctive modifiers such as "comprehensive", "strategic", "partnership", with parties
/// and signing years that fit), else it starts one; then groups that have come to match are merged. A generic
/// phrase alone ("the deal") never joins across articles.
/// </summary>
public static class AgreementTracker
{
    public static List<AgreementGroup> Group(IEnumerable<(string Article, ArticleExcerpts Excerpts, ArticleAgreements Local)> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var groups = new List<AgreementGroup>();
        foreach (var (article, excerpts, local) in articles)
        {
            foreach (var agreement in local.Agreements)
            {
                var profile = AgreementProfile.Of(agreement);
                var target = groups.FirstOrDefault(g => g.Profile.Matches(profile));
                if (target is null)
                {
                    target = new AgreementGroup();
                    groups.Add(target);
                }

                target.Add(article, excerpts, agreement);
            }
        }

        // What one group learned later can make it match an earlier one ("strategic partnership" before
        // "comprehensive strategic partnership treaty" joined "comprehensive … cooperation agreement").
        for (bool merged = true; merged;)
        {
            merged = false;
            for (int i = 0; i < groups.Count && !merged; i++)
            {
                for (int j = i + 1; j < groups.Count && !merged; j++)
                {
                    if (groups[i].Profile.Matches(groups[j].Profile))
                    {
                        groups[i].Absorb(groups[j]);
                        groups.RemoveAt(j);
                        merged = true;
                    }
                }
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
            .GroupBy(x => LocalAgreement.Key(x.Mention.Name), StringComparer.Ordinal)
            .OrderByDescending(n => n.Any(x => x.Mention.ProperName is not null))
            .ThenByDescending(n => n.Any(x => x.Mention.Quoted))
            .ThenByDescending(n => n.Select(x => x.Article).Distinct(StringComparer.Ordinal).Count())
            .ThenByDescending(n => n.First().Mention.Descriptors.Count)
            .ThenBy(n => n.Key.Length)
            .ThenBy(n => n.Key, StringComparer.Ordinal)
            .First().First().Mention.Name;
    }

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
