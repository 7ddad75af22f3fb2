using Dossier.Entities.Kb;
using Dossier.Model;

namespace Dossier.Corpus.Entities;

/// <summary>
/// Cross-article entity resolution. Each article's entities (resolved within the article) are nodes; nodes are joined
/// when they share an id (the same knowledge-base entity, or the same normalised full name: Mohammad/Mohammed,
/// Sergey/Sergei, al-Assad/Assad fold together), when a person named by one name only ("Mokhber") has exactly one
/// person in the corpus whose full name ends with it, when an initial stands for the only matching first name
/// ("M. Mokhber"), and when an organisation's acronym is the initials of exactly one organisation's name. A country
/// known on both sides must agree. The result depends only on the set of articles, never on their order.
/// </summary>
public sealed class CorpusEntityResolver
{
    /// <summary>Resolves the entities of articles, reading each one's entities from its document.</summary>
    public IReadOnlyList<CorpusEntity> Resolve(IReadOnlyList<CorpusArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return Resolve(articles.OrderBy(a => a.Id, StringComparer.Ordinal).SelectMany(a => Read(a)));
    }

    /// <summary>
    /// Resolves entities from the articles' entity nodes alone (the same result as over their documents), given in
    /// ascending article id order, each article's in the order <see cref="Read"/> gives them; the nodes are read once,
    /// as they come, and not held (see <see cref="EntityNodeTable"/>).
    /// </summary>
    /// <returns>The entities in ascending ordinal id order.</returns>
    public IReadOnlyList<CorpusEntity> Resolve(IEnumerable<ArticleEntityNode> articleNodes) =>
        [.. Resolve(EntityNodeTable.Read(articleNodes))];

    /// <summary>
    /// Resolves the entities of nodes read into <paramref name="nodes"/>, folding each entity only as it is reached,
    /// so that a caller that passes each one on need not hold them all.
    /// </summary>
    /// <returns>The entities in ascending ordinal id order.</returns>
    internal static IEnumerable<CorpusEntity> Resolve(EntityNodeTable nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var sets = new UnionFind(nodes.Count);
        JoinIds(nodes, sets);
        JoinPersons(nodes, sets);
        JoinDescriptions(nodes, sets);
        JoinAcronyms(nodes, sets);
        return Fold(nodes, sets);
    }

    /// <summary>
    /// One article's entities with their mentions, read from its document; <paramref name="pool"/> shares the
    /// mentions' texts across the articles of one build.
    /// </summary>
    public static IReadOnlyList<ArticleEntityNode> Read(CorpusArticle article, StringPool? pool = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        pool ??= new StringPool();
        var doc = article.Document;
        var mentions = doc.Entities
            .Where(m => m.EntityId is not null && m.End <= doc.Text.Length)
            .GroupBy(m => m.EntityId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(m => m.Start).ToList(), StringComparer.Ordinal);
        var nodes = new List<ArticleEntityNode>();
        foreach (var entity in doc.ResolvedEntities.Count > 0 ? doc.ResolvedEntities : FromMentions(doc))
        {
            var own = mentions.GetValueOrDefault(entity.Id) ?? [];
            // An array, not a list: every article's nodes are held until the stage runs.
            nodes.Add(new ArticleEntityNode(article.Id, entity, own.Select(m => new CorpusMention(article.Id, m.Start, m.End, pool.Share(doc.Text.AsSpan(m.Start, m.End - m.Start)))).ToArray()));
        }

        return nodes;
    }

    // An article stored before entity records were kept: one record per entity id, named by its longest mention.
    private static IEnumerable<ResolvedEntity> FromMentions(Document doc) =>
        doc.Entities
            .Where(m => m.EntityId is not null && m.End <= doc.Text.Length)
            .GroupBy(m => m.EntityId!, StringComparer.Ordinal)
            .Select(g =>
            {
                var names = g.Select(m => doc.Text[m.Start..m.End]).Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).ToList();
                string type = g.GroupBy(m => m.Type, StringComparer.Ordinal).OrderByDescending(t => t.Count()).ThenBy(t => t.Key, StringComparer.Ordinal).First().Key;
                return new ResolvedEntity(g.Key, names[0], type) { Aliases = names.Skip(1).ToList() };
            });

    private static void JoinIds(EntityNodeTable nodes, UnionFind sets)
    {
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < nodes.Count; i++)
        {
            if (byId.TryGetValue(nodes[i].Id, out int j))
            {
                sets.Union(i, j);
            }
            else
            {
                byId[nodes[i].Id] = i;
            }
        }
    }

    private static void JoinPersons(EntityNodeTable nodes, UnionFind sets)
    {
        var persons = Enumerable.Range(0, nodes.Count).Where(i => nodes[i].Entity.Type == "PERSON").ToList();

        // Full names by their last name, as classes of the nodes that share the whole name and the country: a name is
        // only ever compared with the full names that end like it, and a join only asks which groups a class's nodes
        // are in and under which names, so each class keeps one node per group and how many of its nodes the group
        // holds. The cost then follows the number of persons and of distinct names, not the square of how often a
        // common name recurs (every "Barack Obama" node scanned for every other at 100,000 articles).
        var byLast = new Dictionary<string, List<NameClass>>(StringComparer.Ordinal);
        var classOf = new Dictionary<(string Name, string? Country), NameClass>();
        // A name's tokens are one array shared by every node of that name, so each name is joined once.
        var joined = new Dictionary<string[], string>(ReferenceEqualityComparer.Instance);
        string Joined(string[] tokens)
        {
            if (!joined.TryGetValue(tokens, out var name))
            {
                joined[tokens] = name = string.Join(' ', tokens);
            }

            return name;
        }

        foreach (int j in persons)
        {
            var tokens = nodes[j].Tokens;
            if (tokens.Length < 2)
            {
                continue;
            }

            var key = (Joined(tokens), nodes[j].Entity.Country);
            if (!classOf.TryGetValue(key, out var c))
            {
                classOf[key] = c = new NameClass(key.Item1, tokens[0], key.Country);
                if (!byLast.TryGetValue(tokens[^1], out var list))
                {
                    byLast[tokens[^1]] = list = [];
                }

                list.Add(c);
            }

            c.Add(j, sets);
        }

        var groups = new Dictionary<int, int>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (int i in persons)
        {
            var tokens = nodes[i].Tokens;
            if (tokens.Length == 0 || !byLast.TryGetValue(tokens[^1], out var classes))
            {
                continue;
            }

            // The candidates' groups (root to a node of it) and names: for a full name, the full names whose first name
            // its own may stand for, itself left out; for a single name, every full name ending with it.
            groups.Clear();
            names.Clear();
            var own = tokens.Length > 1 ? classOf[(Joined(tokens), nodes[i].Entity.Country)] : null;
            foreach (var c in classes)
            {
                if ((tokens.Length > 1 && !Initial(tokens[0], c.First)) || !Compatible(nodes[i].Entity.Country, c.Country))
                {
                    continue;
                }

                bool any = false;
                foreach (var (node, count) in c.Groups(sets))
                {
                    if (c == own && count == 1 && sets.Find(node) == sets.Find(i))
                    {
                        continue;
                    }

                    groups.TryAdd(sets.Find(node), node);
                    any = true;
                }

                if (any)
                {
                    names.Add(c.Name);
                }
            }

            if (tokens.Length > 1 && groups.Count > 1)
            {
                continue;
            }

            if (groups.Count == 1 || (tokens.Length == 1 && names.Count == 1))
            {
                foreach (int node in groups.Values)
                {
                    sets.Union(i, node);
                }
            }
        }
    }

    /// <summary>
    /// The person nodes that share one full name and country: a node of each group they are in, and how many of them
    /// the group holds (groups only ever merge, so a node per group found once stands for all of it).
    /// </summary>
    private sealed class NameClass(string name, string first, string? country)
    {
        private List<(int Node, int Count)> groups = [];

        public string Name => name;

        public string First => first;

        public string? Country => country;

        public void Add(int node, UnionFind sets)
        {
            int root = sets.Find(node);
            for (int g = 0; g < groups.Count; g++)
            {
                if (sets.Find(groups[g].Node) == root)
                {
                    groups[g] = (groups[g].Node, groups[g].Count + 1);
                    return;
                }
            }

            groups.Add((node, 1));
        }

        /// <summary>A node of each group the class's nodes are in now, with how many of them it holds.</summary>
        public List<(int Node, int Count)> Groups(UnionFind sets)
        {
            if (groups.Count > 1)
            {
                var merged = new List<(int Node, int Count)>(groups.Count);
                foreach (var (node, count) in groups)
                {
                    int root = sets.Find(node);
                    int at = merged.FindIndex(m => sets.Find(m.Node) == root);
                    if (at >= 0)
                    {
                        merged[at] = (merged[at].Node, merged[at].Count + count);
                    }
                    else
                    {
                        merged.Add((node, count));
                    }
                }

                groups = merged;
            }

            return groups;
        }
    }

    // An article that could not say who "the acting president" was (it has no date) leaves a description; when exactly
    // one person of the corpus holds that title in some article, the description is that person.
    private static void JoinDescriptions(EntityNodeTable nodes, UnionFind sets)
    {
        // Named persons by the titles they hold (each person once per title, in node order), so a description is
        // compared only with the holders of its title.
        var holders = Enumerable.Range(0, nodes.Count)
            .Where(j => nodes[j].Entity.Type == "PERSON" && nodes[j].Tokens.Length > 1)
            .SelectMany(j => nodes[j].Entity.Roles.Select(r => r.Title).Distinct(StringComparer.OrdinalIgnoreCase).Select(t => (Title: t, Node: j)))
            .ToLookup(x => x.Title, x => x.Node, StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < nodes.Count; i++)
        {
            var e = nodes[i].Entity;
            if (e.Type != "PERSON" || e.InKnowledgeBase || e.Name.Length == 0 || !char.IsLower(e.Name[0]))
            {
                continue;
            }

            var groups = holders[e.Name]
                .Where(j => j != i && Compatible(nodes[i].Entity, nodes[j].Entity))
                .GroupBy(sets.Find)
                .ToList();
            if (groups.Count == 1)
            {
                sets.Union(i, groups[0].First());
            }
        }
    }

    // "M." or "m" stands for any first name starting with m; full first names must already agree (normalised).
    private static bool Initial(string a, string b)
    {
        string x = a.TrimEnd('.'), y = b.TrimEnd('.');
        return x == y || (x.Length == 1 && y.StartsWith(x, StringComparison.Ordinal)) || (y.Length == 1 && x.StartsWith(y, StringComparison.Ordinal));
    }

    private static bool Compatible(ResolvedEntity a, ResolvedEntity b) => Compatible(a.Country, b.Country);

    private static bool Compatible(string? a, string? b) => a is null || b is null || a == b;

    private static void JoinAcronyms(EntityNodeTable nodes, UnionFind sets)
    {
        var orgs = Enumerable.Range(0, nodes.Count).Where(i => nodes[i].Entity.Type == "ORG").ToList();
        var byInitials = orgs
            .Select(i => (i, Initials: Initials(nodes[i].Entity.Name)))
            .Where(x => x.Initials.Length >= 2)
            .ToLookup(x => x.Initials, x => x.i, StringComparer.Ordinal);
        foreach (int i in orgs)
        {
            string name = nodes[i].Entity.Name;
            if (name.Length < 2 || name.Contains(' ', StringComparison.Ordinal) || !name.All(char.IsUpper))
            {
                continue;
            }

            var groups = byInitials[name].GroupBy(sets.Find).ToList();
            if (groups.Count == 1)
            {
                sets.Union(i, groups[0].First());
            }
        }
    }

    private static string Initials(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return string.Empty;
        }

        return string.Concat(words.Where(w => char.IsUpper(w[0])).Select(w => w[0]));
    }

    /// <summary>
    /// The folded entities in ascending ordinal id order, each folded only when it is reached. Each group's id is its
    /// lead's (<see cref="Lead"/>), and nodes of one id are always one group, so ordering the groups by their lead's id
    /// orders the entities as folding them all and sorting would.
    /// </summary>
    private static IEnumerable<CorpusEntity> Fold(EntityNodeTable nodes, UnionFind sets)
    {
        // Every node by its group, and within a group in node order (which the lead's ties and the order of equal
        // roles and mentions follow): the key is the group's root, then the node.
        long[] byGroup = new long[nodes.Count];
        for (int i = 0; i < byGroup.Length; i++)
        {
            byGroup[i] = ((long)sets.Find(i) << 32) | (uint)i;
        }

        Array.Sort(byGroup);
        var groups = new List<(string Id, int Lead, int Start, int Count)>();
        for (int start = 0, end; start < byGroup.Length; start = end)
        {
            long root = byGroup[start] >> 32;
            for (end = start + 1; end < byGroup.Length && byGroup[end] >> 32 == root; end++)
            {
            }

            int lead = Lead(nodes, byGroup.AsSpan(start, end - start));
            groups.Add((nodes[lead].Id, lead, start, end - start));
        }

        groups.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        foreach (var (_, lead, start, count) in groups)
        {
            var group = new List<EntityNode>(count);
            EntityNode? leader = null;
            for (int k = start; k < start + count; k++)
            {
                int i = (int)byGroup[k];
                group.Add(new EntityNode(nodes.ArticleOf(i), nodes[i].Entity, nodes.MentionsOf(i)));
                leader = i == lead ? group[^1] : leader;
            }

            yield return Fold(group, leader!);
        }
    }

    /// <summary>
    /// The node a group takes its id and name from: the knowledge base's when it knows the entity, else the longest
    /// full name's; of equal ones, the first in node order.
    /// </summary>
    private static int Lead(EntityNodeTable nodes, ReadOnlySpan<long> group)
    {
        int lead = (int)group[0];
        for (int k = 1; k < group.Length; k++)
        {
            int i = (int)group[k];
            if (Leads(nodes[i], nodes[lead]))
            {
                lead = i;
            }
        }

        return lead;
    }

    private static bool Leads(in EntityNodeTable.Node a, in EntityNodeTable.Node b)
    {
        int c = a.Entity.InKnowledgeBase.CompareTo(b.Entity.InKnowledgeBase);
        c = c != 0 ? c : a.Tokens.Length.CompareTo(b.Tokens.Length);
        c = c != 0 ? c : a.Entity.Name.Length.CompareTo(b.Entity.Name.Length);
        return c != 0 ? c > 0 : string.CompareOrdinal(a.Entity.Id, b.Entity.Id) < 0;
    }

    /// <summary>Folds one group's nodes, in node order, into one entity that takes its id and name from <paramref name="lead"/>.</summary>
    private static CorpusEntity Fold(List<EntityNode> group, EntityNode lead)
    {
        var names = group.SelectMany(n => new[] { n.Entity.Name }.Concat(n.Entity.Aliases).Concat(n.Mentions.Select(m => m.Text)))
            .Select(s => s.Trim())
            .Where(s => s.Length > 0 && s != lead.Entity.Name)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        string? country = lead.Entity.Country ?? Majority(group.Select(n => n.Entity.Country));
        string? code = lead.Entity.Code ?? Majority(group.Select(n => n.Entity.Code));
        var roles = group
            .SelectMany(n => n.Entity.Roles.Select(r => Role(r, n.Article)))
            .Distinct()
            .OrderBy(r => r.From ?? "9999", StringComparer.Ordinal)
            .ThenBy(r => r.Title, StringComparer.Ordinal)
            .ThenBy(r => r.Article ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(r => r.Start ?? -1)
            .ToList();
        return new CorpusEntity(lead.Entity.Id, lead.Entity.Name, lead.Entity.Type)
        {
            Country = country,
            Code = code,
            Aliases = names,
            MemberIds = group.Select(n => n.Entity.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            Roles = roles,
            Mentions = group.SelectMany(n => n.Mentions).Distinct().OrderBy(m => m.Article, StringComparer.Ordinal).ThenBy(m => m.Start).ToList(),
            InKnowledgeBase = group.Any(n => n.Entity.InKnowledgeBase),
        };
    }

    private static CorpusEntityRole Role(EntityRole r, string article) =>
        r.Evidence is { } e
            ? new CorpusEntityRole(r.Title, r.Of, r.Sector, r.From, r.To, r.Source) { Article = article, Start = e.Start, End = e.End }
            : new CorpusEntityRole(r.Title, r.Of, r.Sector, r.From, r.To, r.Source);

    private static string? Majority(IEnumerable<string?> values) =>
        values.Where(v => v is not null)
            .GroupBy(v => v!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();

    /// <summary>A node of one group as <see cref="Fold(List{EntityNode}, EntityNode)"/> takes it, made when the group is folded.</summary>
    private sealed record EntityNode(string Article, ResolvedEntity Entity, IReadOnlyList<CorpusMention> Mentions);
}
