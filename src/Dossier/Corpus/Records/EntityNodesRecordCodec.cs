using Dossier.Corpus.Entities;
using Dossier.Model;

namespace Dossier.Corpus.Records;

/// <summary>
/// The stored form of an article's entity nodes (<see cref="ArticleEntityNode"/>): each entity as the article resolved
/// it, roles included, and its mentions, each as its offset from the one before, its length and its text (which the
/// string table writes once however often the article repeats a name).
/// </summary>
public static class EntityNodesRecordCodec
{
    /// <summary>Writes the nodes.</summary>
    public static void Write(RecordWriter w, IReadOnlyList<ArticleEntityNode> value)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(value);
        // Every node and mention of one article names that article: then it is written once.
        string? article = value.Count > 0 && value.All(n => n.Article == value[0].Article && n.Mentions.All(m => m.Article == n.Article)) ? value[0].Article : null;
        w.String(article);
        w.List(value, (w, node) =>
        {
            if (article is null)
            {
                w.String(node.Article);
            }

            WriteEntity(w, node.Entity);
            int previous = 0;
            w.Count(node.Mentions.Count);
            foreach (var m in node.Mentions)
            {
                if (article is null)
                {
                    w.String(m.Article);
                }

                w.Int(m.Start - previous);
                w.Int(m.End - m.Start);
                w.String(m.Text);
                previous = m.Start;
            }
        });
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    public static IReadOnlyList<ArticleEntityNode> Read(RecordReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        string? shared = r.String();
        return r.List(r =>
        {
            string article = shared ?? r.Text();
            var entity = ReadEntity(r);
            int previous = 0;
            // An array, as the reader from documents builds it: every article's nodes are held until the stage runs.
            CorpusMention[] mentions = [.. r.List(r =>
            {
                string mentionArticle = shared ?? r.Text();
                int start = previous + r.Int();
                int end = start + r.Int();
                previous = start;
                return new CorpusMention(mentionArticle, start, end, r.Text());
            })];
            return new ArticleEntityNode(article, entity, mentions);
        });
    }

    private static void WriteEntity(RecordWriter w, ResolvedEntity e)
    {
        w.String(e.Id);
        w.String(e.Name);
        w.String(e.Type);
        w.String(e.Country);
        w.String(e.Code);
        w.Bool(e.InKnowledgeBase);
        w.List(e.Aliases, static (w, a) => w.String(a));
        w.List(e.Roles, static (w, role) =>
        {
            w.String(role.Title);
            w.String(role.Of);
            w.String(role.Sector);
            w.String(role.From);
            w.String(role.To);
            w.String(role.Source);
            w.Bool(role.Evidence is not null);
            if (role.Evidence is { } span)
            {
                w.Int(span.Start);
                w.Int(span.Length);
            }
        });
    }

    private static ResolvedEntity ReadEntity(RecordReader r)
    {
        string id = r.Text();
        string name = r.Text();
        string type = r.Text();
        string? country = r.String();
        string? code = r.String();
        bool known = r.Bool();
        string[] aliases = [.. r.List(static r => r.Text())];
        EntityRole[] roles = [.. r.List(static r =>
        {
            var role = new EntityRole(r.Text(), r.String(), r.String(), r.String(), r.String(), r.Text());
            if (!r.Bool())
            {
                return role;
            }

            int start = r.Int();
            return role with { Evidence = new TextSpan(start, start + r.Int()) };
        })];
        return new ResolvedEntity(id, name, type) { Country = country, Code = code, InKnowledgeBase = known, Aliases = aliases, Roles = roles };
    }
}
