using Dossier.Entities.Kb;
using Dossier.Model;

namespace Dossier.Corpus.Entities;

/// <summary>
/// The corpus's entity nodes (<see cref="ArticleEntityNode"/>) in the compact form <see cref="CorpusEntityResolver"/>
/// keeps them while it joins them: each node a 24-byte struct (the entity as the article resolved it, one instance for
/// all the nodes whose entities are equal in value; its name's tokens, shared by every node of that name; its article,
/// as an index into the articles' ids; where its mentions start), and every mention as offsets and a text in one
/// chunked array. <see cref="CorpusMention"/> objects are made again only when an entity is folded.
/// </summary>
internal sealed class EntityNodeTable
{
    private readonly ChunkedList<Node> nodes = new();
    private readonly ChunkedList<Mention> mentions = new();
    private readonly List<string> articles = [];

    private EntityNodeTable()
    {
    }

    public int Count => nodes.Count;

    /// <summary>Reads the nodes as they come (an enumeration consumed once), keeping each in compact form.</summary>
    /// <exception cref="ArgumentException">DOS0805: a node has a mention in another article than its own.</exception>
    public static EntityNodeTable Read(IEnumerable<ArticleEntityNode> articleNodes)
    {
        ArgumentNullException.ThrowIfNull(articleNodes);
        var table = new EntityNodeTable();
        // While reading, entities and name tokens by value: thousands of nodes are the same entity, or name the same
        // person, and they share one instance.
        var entities = new Dictionary<ResolvedEntity, ResolvedEntity>(ResolvedEntityComparer.Instance);
        var tokens = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var n in articleNodes)
        {
            int first = table.mentions.Count;
            foreach (var m in n.Mentions)
            {
                if (!string.Equals(m.Article, n.Article, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"DOS0805: entity {n.Entity.Id} of article {n.Article} has a mention in article {m.Article}; a node's mentions are in its own article.", nameof(articleNodes));
                }

                table.mentions.Add(new Mention(m.Start, m.End, m.Text));
            }

            if (!entities.TryGetValue(n.Entity, out var entity))
            {
                entities.Add(n.Entity, entity = n.Entity);
            }

            if (table.articles.Count == 0 || !string.Equals(table.articles[^1], n.Article, StringComparison.Ordinal))
            {
                table.articles.Add(n.Article);
            }

            table.nodes.Add(new Node(entity, TokensOf(entity, tokens), table.articles.Count - 1, first));
        }

        return table;
    }

    /// <summary>Node <paramref name="index"/>, in the order the nodes were read.</summary>
    public ref readonly Node this[int index] => ref nodes[index];

    /// <summary>The id of node <paramref name="index"/>'s article.</summary>
    public string ArticleOf(int index) => articles[nodes[index].Article];

    /// <summary>The mentions of node <paramref name="index"/>, made again as <see cref="CorpusMention"/> objects.</summary>
    public CorpusMention[] MentionsOf(int index)
    {
        ref readonly var node = ref nodes[index];
        string article = articles[node.Article];
        // A node's mentions end where the next node's start.
        var made = new CorpusMention[(index + 1 < nodes.Count ? nodes[index + 1].FirstMention : mentions.Count) - node.FirstMention];
        for (int k = 0; k < made.Length; k++)
        {
            ref readonly var m = ref mentions[node.FirstMention + k];
            made[k] = new CorpusMention(article, m.Start, m.End, m.Text);
        }

        return made;
    }

    /// <summary>
    /// The normalised tokens of the entity's best name: persons only, and not descriptions ("acting president",
    /// lower case), which are joined by title, never by name.
    /// </summary>
    private static string[] TokensOf(ResolvedEntity entity, Dictionary<string, string[]> byName)
    {
        if (entity.Type != "PERSON" || entity.Name.Length == 0 || char.IsLower(entity.Name[0]))
        {
            return [];
        }

        if (!byName.TryGetValue(entity.Name, out var tokens))
        {
            byName[entity.Name] = tokens = NameNormalizer.Tokens(entity.Name);
        }

        return tokens;
    }

    /// <summary>One entity of one article, in 24 bytes.</summary>
    /// <param name="Entity">The entity as the article resolved it (an instance shared by the nodes of equal entities).</param>
    /// <param name="Tokens">The normalised tokens of its name (see <see cref="TokensOf"/>); shared, never to be changed.</param>
    /// <param name="Article">The index of its article's id in the table's articles.</param>
    /// <param name="FirstMention">Where its mentions start in the table's mentions (they end where the next node's start).</param>
    public readonly record struct Node(ResolvedEntity Entity, string[] Tokens, int Article, int FirstMention)
    {
        public string Id => Entity.Id;
    }

    /// <summary>A mention in its node's article.</summary>
    private readonly record struct Mention(int Start, int End, string Text);
}
