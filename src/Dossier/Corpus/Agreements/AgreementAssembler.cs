using Dossier.Agreements;
using Dossier.Claims;
using Dossier.Corpus.Claims;
using Dossier.Model;

namespace Dossier.Corpus.Agreements;

/// <summary>
/// Turns a group of articles' accounts into one tracked agreement: names and aliases, parties, the dated history
/// (one entry per state and date, with every sentence that says so), status, signing date, term and provisions.
/// </summary>
public static class AgreementAssembler
{
    /// <param name="extra">States read from claims about the agreement ("reported suspended" from an asserted suspension).</param>
    public static Agreement Assemble(AgreementGroup group, IEnumerable<(string? Date, string State, ArticleEvidence Evidence)> extra)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(extra);
        var states = group.Members
            .SelectMany(m => m.Local.States.Select(s => (s.Date, s.State, Evidence: Evidence(m.Article, m.Excerpts, s.Evidence))))
            .Concat(extra)
            .ToList();
        var history = states
            .GroupBy(s => (s.State, s.Date))
            .Select(g => new AgreementHistoryEntry(g.Key.Date, g.Key.State, g.Select(x => x.Evidence).DistinctBy(e => (e.Article, e.Start)).OrderBy(e => e.Article, StringComparer.Ordinal).ThenBy(e => e.Start).ToList()))
            .OrderBy(h => h.Date ?? "~", StringComparer.Ordinal)
            .ThenBy(h => AgreementStates.Rank(h.State))
            .ThenBy(h => h.Evidence[0].Article, StringComparer.Ordinal)
            .ToList();
        string? signed = history.Where(h => h.State == "signed" && h.Date is not null).OrderByDescending(h => h.Date!.Length).ThenBy(h => h.Date, StringComparer.Ordinal).Select(h => h.Date).FirstOrDefault();
        var parties = group.Parties.Order(StringComparer.Ordinal).ToList();
        var aliases = group.Members.SelectMany(m => m.Local.Mentions).Where(m => !m.IsGeneric)
            .GroupBy(m => LocalAgreement.Key(m.Name), StringComparer.Ordinal)
            .Where(n => !string.Equals(n.Key, LocalAgreement.Key(group.Name), StringComparison.Ordinal))
            .OrderByDescending(n => n.Count()).ThenBy(n => n.Key, StringComparer.Ordinal)
            .Select(n => n.First().Name)
            .ToList();
        var provisions = group.Members
            .SelectMany(m => m.Local.Provisions.Select(p => new AgreementProvision(p.Text, p.Negated, Evidence(m.Article, m.Excerpts, p.Evidence))))
            .DistinctBy(p => p.Text, StringComparer.Ordinal)
            .ToList();
        return new Agreement(group.Id, group.Name, [.. parties.Select(EntityCountries.IdOf)], AgreementStates.Status(history.Select(h => h.State)), signed, group.Members.Select(m => m.Local.TermYears).FirstOrDefault(t => t is not null), history)
        {
            Aliases = aliases,
            PartyNames = [.. parties.Select(p => p.StartsWith("ent:", StringComparison.Ordinal) ? PartyName(group, p) : EntityCountries.Name(p))],
            Provisions = provisions,
            Sources = [.. group.Members.Select(m => m.Article).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        };
    }

    /// <summary>A span of an article as evidence, with its words as the article's excerpts keep them.</summary>
    public static ArticleEvidence Evidence(string article, ArticleExcerpts excerpts, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(excerpts);
        return new ArticleEvidence(article, span.Start, span.End, excerpts.Text(span));
    }

    /// <summary>An organisation party's name as an article writes it.</summary>
    private static string PartyName(AgreementGroup group, string id)
    {
        foreach (var (_, excerpts, _) in group.Members)
        {
            if (excerpts.NameOf(id) is { } name)
            {
                return name;
            }
        }

        return id;
    }
}
