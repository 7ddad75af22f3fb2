using Dossier.Entities.Kb;
using Dossier.Model;

namespace Dossier.Entities;

/// <summary>
/// Groups an article's person mentions: full names by normalised name (first and last name agreeing), then
/// single names ("Mokhber") with the full name they end or contain, the nearest before them first. Each group is
/// linked to the knowledge base when exactly one known person carries its name.
/// </summary>
internal sealed class PersonClusters
{
    private readonly ActorKnowledgeBase kb;
    private readonly ResolutionContext ctx;
    private readonly List<(int Index, EntityMention Mention, string[] Tokens)> mentions = [];

    public PersonClusters(ActorKnowledgeBase kb, ResolutionContext ctx)
    {
        this.kb = kb;
        this.ctx = ctx;
    }

    public void Add(int index, EntityMention mention)
    {
        var tokens = NameNormalizer.Tokens(ctx.Text(mention));
        if (tokens.Length > 0)
        {
            mentions.Add((index, mention, tokens));
        }
    }

    public IEnumerable<(string Id, string Name, KbPerson? Person, IReadOnlyList<(int Index, EntityMention Mention)> Mentions)> Clusters()
    {
        var clusters = new List<(string[] Tokens, List<(int, EntityMention)> Members)>();
        foreach (var m in mentions.Where(m => m.Tokens.Length > 1))
        {
            var found = clusters.FirstOrDefault(c => c.Tokens[^1] == m.Tokens[^1] && (c.Tokens[0] == m.Tokens[0] || c.Tokens[0][0] == m.Tokens[0][0]));
            if (found.Members is null)
            {
                found = (m.Tokens, []);
                clusters.Add(found);
            }

            found.Members.Add((m.Index, m.Mention));
        }

        foreach (var m in mentions.Where(m => m.Tokens.Length == 1))
        {
            string name = m.Tokens[0];
            var candidates = clusters.Where(c => c.Tokens.Length > 1 && (c.Tokens[^1] == name || c.Tokens.Contains(name, StringComparer.Ordinal))).ToList();
            if (candidates.Count == 0)
            {
                candidates = clusters.Where(c => c.Tokens.Length == 1 && c.Tokens[0] == name).ToList();
            }

            if (candidates.Count == 0)
            {
                var single = (new[] { name }, new List<(int, EntityMention)>());
                clusters.Add(single);
                candidates.Add(single);
            }

            // The nearest full name before the short one; else the first after it.
            var best = candidates
                .OrderBy(c => c.Members.Any(x => x.Item2.Start < m.Mention.Start) ? 0 : 1)
                .ThenByDescending(c => c.Members.Where(x => x.Item2.Start < m.Mention.Start).Select(x => x.Item2.Start).DefaultIfEmpty(-1).Max())
                .First();
            best.Members.Add((m.Index, m.Mention));
        }

        foreach (var (tokens, members) in clusters)
        {
            string full = string.Join(' ', tokens);
            var known = kb.PersonsNamed(full);
            KbPerson? person = known.Count == 1 ? known[0] : null;
            string longest = members.Select(x => ctx.Text(x.Item2)).OrderByDescending(t => t.Length).First();
            string id = person?.Id ?? "ent:person:" + NameNormalizer.Slug(full);
            yield return (id, person?.Name ?? longest, person, members);
        }
    }
}
