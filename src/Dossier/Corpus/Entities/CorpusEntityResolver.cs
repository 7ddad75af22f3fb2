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
        return Resolve([.. articles.OrderBy(a => a.Id, StringComparer.Ordinal).SelectMany(a => Read(a))]);
    }

    /// <summary>
    /// Resolves entities from the articles' entity nodes alone (the same result as over their documents), given in
    /// ascending article id order, each article's in the order <see cref="Read"/> gives them.
    /// </summary>
    public IReadOnlyList<CorpusEntity> Resolve(IReadOnlyList<ArticleEntityNode> articleNodes)
    {
        ArgumentNullException.ThrowIfNull(articleNodes);
        var nodes = articleNodes.Select(n => new EntityNode(n.Article, n.Entity, n.Mentions)).ToList();
        var sets = new UnionFind(nodes.Count);
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

        JoinPersons(nodes, sets);
        JoinDescriptions(nodes, sets);
        JoinAcronyms(nodes, sets);
        return nodes
            .Select((n, i) => (Node: n, Root: sets.Find(i)))
            .GroupBy(x => x.Root)
            .Select(g => Fold(g.Select(x => x.Node).ToList()))
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
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

    private static void JoinPersons(List<EntityNode> nodes, UnionFind sets)
    {
        var persons = Enumerable.Range(0, nodes.Count).Where(i => nodes[i].Entity.Type == "PERSON").ToList();

        // Full names by their last name, each list in node order: a name is only ever compared with the full names
        // that end like it, so the cost follows the number of persons, not its square (the scan of every full name
        // for every person took 96 of the 148 s of a rebuild over 3,663 articles).
        var fullByLast = persons
            .Where(i => nodes[i].Tokens.Length > 1)
            .ToLookup(i => nodes[i].Tokens[^1], StringComparer.Ordinal);
        foreach (int i in persons)
        {
            var tokens = nodes[i].Tokens;
            if (tokens.Length == 0)
            {
                continue;
            }

            // Candidate full names, as distinct groups (several nodes of one group are one candidate).
            IEnumerable<int> candidates = tokens.Length == 1
                ? fullByLast[tokens[0]]
                : fullByLast[tokens[^1]].Where(j => j != i && Initial(tokens[0], nodes[j].Tokens[0]));
            var groups = candidates
                .Where(j => Compatible(nodes[i], nodes[j]))
                .GroupBy(sets.Find)
                .ToList();
            if (tokens.Length > 1 && groups.Count > 1)
            {
                continue;
            }

            if (groups.Count == 1 || (tokens.Length == 1 && DistinctNames(groups, nodes) == 1))
            {
                foreach (var g in groups)
                {
                    sets.Union(i, g.First());
                }
            }
        }
    }

    // An article that could not say who "the acting president" was (it has no date) leaves a description; when exactly
    // one person of the corpus holds that title in some article, the description is that person.
    private static void JoinDescriptions(List<EntityNode> nodes, UnionFind sets)
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
                .Where(j => j != i && Compatible(nodes[i], nodes[j]))
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

    private static int DistinctNames(List<IGrouping<int, int>> groups, List<EntityNode> nodes) =>
        groups.SelectMany(g => g).Select(j => string.Join(' ', nodes[j].Tokens)).Distinct(StringComparer.Ordinal).Count();

    private static bool Compatible(EntityNode a, EntityNode b) =>
        a.Entity.Country is null || b.Entity.Country is null || a.Entity.Country == b.Entity.Country;

    private static void JoinAcronyms(List<EntityNode> nodes, UnionFind sets)
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

    private static CorpusEntity Fold(List<EntityNode> group)
    {
        // The id and name: the knowledge base's when it knows the entity, else the longest full name's.
        var lead = group
            .OrderByDescending(n => n.Entity.InKnowledgeBase)
            .ThenByDescending(n => n.Tokens.Length)
            .ThenByDescending(n => n.Entity.Name.Length)
            .ThenBy(n => n.Entity.Id, StringComparer.Ordinal)
            .First();
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

    private sealed record EntityNode(string Article, ResolvedEntity Entity, IReadOnlyList<CorpusMention> Mentions)
    {
        /// <summary>
        /// The normalised tokens of the entity's best name: persons only, and not descriptions ("acting president",
        /// lower case), which are joined by title, never by name.
        /// </summary>
        public string[] Tokens { get; } = Entity.Type == "PERSON" && Entity.Name.Length > 0 && !char.IsLower(Entity.Name[0])
            ? NameNormalizer.Tokens(Entity.Name)
            : [];

        public string Id => Entity.Id;
    }
}
