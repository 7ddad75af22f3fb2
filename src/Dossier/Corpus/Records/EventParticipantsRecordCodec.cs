using Dossier.Corpus.EventMerging;

namespace Dossier.Corpus.Records;

/// <summary>
/// A report's sources or targets in their stored form: each participant as an index into the article's participants
/// (<see cref="RecordTable"/>), since the reader shares one instance of an actor across the article's reports.
/// </summary>
internal static class EventParticipantsRecordCodec
{
    public static void Write(RecordWriter w, IReadOnlyList<EventParticipant> list, Dictionary<EventParticipant, int> table)
    {
        w.Count(list.Count);
        foreach (var p in list)
        {
            if (RecordTable.Refer(w, table, p))
            {
                w.String(p.Id);
                w.String(p.Country);
                w.String(p.Code);
                w.String(p.Name);
                w.Bool(p.Specific);
                w.List(p.Aliases, static (w, a) => w.String(a));
            }
        }
    }

    public static IReadOnlyList<EventParticipant> Read(RecordReader r, List<EventParticipant> table)
    {
        // An array, as the reader builds it (and the shared empty one for none).
        var list = r.List(r => RecordTable.Resolve(r.Count(), r, table, "participant", static r =>
        {
            string id = r.Text();
            string? country = r.String();
            string? code = r.String();
            string name = r.Text();
            bool specific = r.Bool();
            return new EventParticipant(id, country, code, name) { Specific = specific, Aliases = [.. r.List(static r => r.Text())] };
        }));
        return list.Count == 0 ? [] : list.ToArray();
    }
}
