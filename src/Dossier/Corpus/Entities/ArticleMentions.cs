using Dossier.Model;

namespace Dossier.Corpus.Entities;

/// <summary>
/// What the mention listing (<see cref="MentionListing"/>) needs of one article: each distinct entity id (or none), type
/// and text of its entity mentions that lie in its body, in the order each first occurs, with how often it occurs.
/// </summary>
/// <param name="Id">The article's id.</param>
/// <param name="Mentions">The article's distinct mentions, in the order each first occurs.</param>
public sealed record ArticleMentions(string Id, IReadOnlyList<MentionCount> Mentions)
{
    /// <summary>The mentions of an article's document; <paramref name="pool"/>, when given, shares their strings across a build.</summary>
    public static ArticleMentions Of(string id, Document doc, StringPool? pool = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(doc);
        var counts = new List<MentionCount>();
        var at = new Dictionary<(string?, string, string), int>();
        foreach (var m in doc.Entities)
        {
            // A span that does not lie in the body is skipped, as the article's own views skip it.
            if (!Storage.QuoteListing.InBody(doc.Text, m.Start, m.End))
            {
                continue;
            }

            string text = doc.Text[m.Start..m.End];
            var key = (m.EntityId, m.Type, text);
            if (at.TryGetValue(key, out int i))
            {
                counts[i] = counts[i] with { Count = counts[i].Count + 1 };
            }
            else
            {
                at[key] = counts.Count;
                counts.Add(pool is null
                    ? new MentionCount(m.EntityId, m.Type, text, 1)
                    : new MentionCount(m.EntityId is { } e ? pool.Share(e) : null, pool.Share(m.Type), pool.Share(text), 1));
            }
        }

        return new ArticleMentions(id, counts);
    }
}

/// <summary>A distinct mention of an article: its entity id (null when the stage gave none), type and text, and how often the article has it.</summary>
public sealed record MentionCount(string? Entity, string Type, string Text, int Count)
{
    /// <summary>The key the mention listing groups by: the entity id, else the type and the text (<c>PERSON:Mokhber</c>).</summary>
    public string Key => Entity ?? Type + ":" + Text;
}
