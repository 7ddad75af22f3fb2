using System.Globalization;
using Dossier.Claims;
using Dossier.Corpus.Agreements;

namespace Dossier.Corpus.Claims;

/// <summary>
/// Groups the stances articles report into claims. A stance that answers another ("this was not the case") joins
/// its claim; otherwise stances join when they have the same predicate class and object (the same tracked
/// agreement, the same theme) and the same doers and others where both say (for a predicate the lexicon does not
/// list: exactly the same ones); a stance that names no participants joins the claim of its class and object that
/// its own article (else the most sources) supports. An assertion of a contrary
/// predicate ("work continues") is a denial of the claim it contradicts. A claim is kept when its predicate is a
/// listed one or some stance on it is explicit (a denial, a confirmation, an accusation, a falsity word).
/// </summary>
public sealed class ClaimBuilder(ClaimLexicon lexicon)
{
    public List<Claim> Build(
        IReadOnlyList<(string Article, ArticleExcerpts Excerpts, IReadOnlyList<StanceMention> Stances)> articles,
        IReadOnlyDictionary<(string Article, int Local), AgreementGroup> agreements,
        Func<IEnumerable<string>, int> independent)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(agreements);
        ArgumentNullException.ThrowIfNull(independent);
        var candidates = new List<StanceCandidate>();
        foreach (var (article, excerpts, stances) in articles)
        {
            for (int i = 0; i < stances.Count; i++)
            {
                var p = stances[i].Proposition;
                string obj = p.Agreement is { } local && agreements.TryGetValue((article, local), out var group) ? group.Id : p.Theme is { } theme ? "theme:" + theme : "-";
                candidates.Add(new StanceCandidate(article, excerpts, i, stances[i], obj, p.Agents.Concat(p.Others).ToHashSet(StringComparer.Ordinal)));
            }
        }

        var components = StanceGrouping.Components(candidates);
        components = ApplyContraries(components);
        var names = agreements.Values.Distinct().ToDictionary(g => g.Id, g => g.Name, StringComparer.Ordinal);
        var claims = new List<Claim>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var members in components)
        {
            if (ToClaim(members, names, independent, used) is { } claim)
            {
                claims.Add(claim);
            }
        }

        return claims;
    }

    /// <summary>Moves assertions of a contrary predicate to the claim they contradict, as denials.</summary>
    private List<List<(StanceCandidate Candidate, bool Contrary)>> ApplyContraries(List<List<(StanceCandidate Candidate, bool Contrary)>> components)
    {
        var byKey = components.Where(c => c.Count > 0).GroupBy(c => c[0].Candidate.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var component in components.ToList())
        {
            var first = component.FirstOrDefault().Candidate;
            if (first is null || !lexicon.Classes.TryGetValue(first.Class, out var cls) || cls.Contrary is null
                || !byKey.TryGetValue(cls.Contrary + "|" + first.Object, out var target) || ReferenceEquals(target, component))
            {
                continue;
            }

            target.AddRange(component.Select(m => (m.Candidate, true)));
            component.Clear();
        }

        return components.Where(c => c.Count > 0).ToList();
    }

    private Claim? ToClaim(List<(StanceCandidate Candidate, bool Contrary)> members, Dictionary<string, string> names, Func<IEnumerable<string>, int> independent, HashSet<string> used)
    {
        var main = members.Where(m => !m.Contrary).Select(m => m.Candidate).ToList();
        var head = main.FirstOrDefault() ?? members[0].Candidate;
        bool listed = head.Mention.Proposition.Listed;
        if (!listed && !members.Any(m => m.Candidate.Mention.Explicit))
        {
            return null;
        }

        var stances = members
            .Select(m => ToStance(m.Candidate, m.Contrary))
            .DistinctBy(s => (s.Evidence.Article, s.ByText, s.Position, s.Evidence.Start, s.Proposition?.Start))
            .OrderBy(s => s.Date ?? s.Reported ?? "~", StringComparer.Ordinal)
            .ThenBy(s => s.Evidence.Article, StringComparer.Ordinal)
            .ThenBy(s => s.Evidence.Start)
            .ToList();
        var representative = stances.FirstOrDefault(s => s.Position == Positions.Asserts && !s.Contrary) ?? stances[0];
        lexicon.Classes.TryGetValue(head.Class, out var cls);
        string? agreementName = head.Object.StartsWith("agr:", StringComparison.Ordinal) ? names.GetValueOrDefault(head.Object) : null;
        string proposition = ClaimWording.Of(cls, main.Count > 0 ? main : [head], agreementName, representative.Proposition?.Text ?? representative.Evidence.Text);
        var participants = main.SelectMany(c => c.Mention.Proposition.Agents.Concat(c.Mention.Proposition.Others)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(EntityCountries.IdOf).ToList();
        var sources = stances.Select(s => s.Evidence.Article).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        string id = Id(head, participants, used);
        return new Claim(id, proposition, ClaimStatus.Of(stances), stances)
        {
            Predicate = head.Class,
            About = head.Object == "-" ? null : head.Object,
            Participants = participants,
            Sources = sources,
            IndependentSources = independent(sources),
        };
    }

    private static Stance ToStance(StanceCandidate c, bool contrary)
    {
        var m = c.Mention;
        bool flip = contrary && m.Position is Positions.Asserts or Positions.Denies or Positions.Confirms;
        return new Stance(m.Source.EntityId, m.Source.Text, flip ? Positions.Flip(m.Position, true) : m.Position, AgreementAssembler.Evidence(c.Article, c.Excerpts, m.Evidence))
        {
            ByEntities = m.Source.Entities,
            Proposition = AgreementAssembler.Evidence(c.Article, c.Excerpts, m.Proposition.Span),
            Cue = m.Cue,
            Date = m.Date,
            Reported = c.Excerpts.Reported,
            Contrary = contrary,
        };
    }

    private static string Id(StanceCandidate head, IReadOnlyList<string> participants, HashSet<string> used)
    {
        string cls = AgreementTracker.Slug(head.Class.Replace("lemma:", string.Empty, StringComparison.Ordinal));
        string about = head.Object.StartsWith("agr:", StringComparison.Ordinal) ? head.Object[4..]
            : string.Join("-", (head.Object == "-" ? [] : new[] { head.Object[(head.Object.IndexOf(':', StringComparison.Ordinal) + 1)..] }).Concat(participants.Select(p => p[(p.LastIndexOf(':') + 1)..])));
        string id = "c:" + cls + (about.Length > 0 ? ":" + AgreementTracker.Slug(about) : string.Empty);
        string unique = id;
        for (int n = 2; !used.Add(unique); n++)
        {
            unique = id + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return unique;
    }
}
