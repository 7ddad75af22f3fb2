using Dossier.Corpus.Entities;

namespace Dossier.Corpus.Records;

/// <summary>
/// The stored form of an article's distinct mentions (<see cref="ArticleMentions"/>): ids, types and texts go through
/// the record's string table, so an id or a name the entity nodes spell already costs a byte or two here.
/// </summary>
public static class MentionsRecordCodec
{
    /// <summary>Writes the mentions.</summary>
    public static void Write(RecordWriter w, ArticleMentions value)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(value);
        w.String(value.Id);
        w.List(value.Mentions, (w, m) =>
        {
            w.String(m.Entity);
            w.String(m.Type);
            w.String(m.Text);
            w.Count(m.Count);
        });
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    public static ArticleMentions Read(RecordReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        string id = r.Text();
        return new ArticleMentions(id, r.List(r => new MentionCount(r.String(), r.Text(), r.Text(), r.Count())));
    }
}
