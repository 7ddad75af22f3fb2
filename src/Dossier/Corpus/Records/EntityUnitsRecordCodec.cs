using Dossier.Corpus.Entities;

namespace Dossier.Corpus.Records;

/// <summary>
/// The stored form of an article's units with entities (<see cref="ArticleEntityUnits"/>): each unit's start as the
/// distance from the previous unit's start, its length, and its ids through the record's string table.
/// </summary>
public static class EntityUnitsRecordCodec
{
    /// <summary>Writes the units; they must be in text order.</summary>
    public static void Write(RecordWriter w, ArticleEntityUnits value)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(value);
        int previous = 0;
        w.List(value.Units, (w, u) =>
        {
            w.Count(u.Start - previous);
            w.Count(u.End - u.Start);
            w.List(u.Entities, (w, id) => w.String(id));
            previous = u.Start;
        });
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    public static ArticleEntityUnits Read(RecordReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        int previous = 0;
        return new ArticleEntityUnits(r.List(r =>
        {
            int start = checked(previous + r.Count());
            int end = checked(start + r.Count());
            previous = start;
            return new EntityUnit(start, end, r.List(r => r.Text()));
        }));
    }
}
