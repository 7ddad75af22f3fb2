using Dossier.Corpus.EventMerging;
using Dossier.Model;
using Dossier.Temporal;

namespace Dossier.Corpus.Records;

/// <summary>
/// The stored form of what event merging needs of an article (<see cref="ArticleEvents"/>): its publication day and
/// range, an undated article's expressions (<see cref="DatingRecordCodec"/>) and pins, its reports
/// (<see cref="EventReportsRecordCodec"/>) and the date keys its expressions name.
/// </summary>
public static class EventsRecordCodec
{
    /// <summary>Writes the article's events record.</summary>
    public static void Write(RecordWriter w, ArticleEvents value)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(value);
        w.String(value.Id);
        w.Day(value.Published);
        WriteRange(w, value.PublishedRange);
        w.Bool(value.Dating is not null);
        if (value.Dating is not null)
        {
            DatingRecordCodec.Write(w, value.Dating, value.Published, value.PublishedRange);
        }

        w.List(value.Pins, static (w, pin) =>
        {
            w.Count(pin.Index);
            w.String(pin.Value);
            w.Count(pin.Direction is { } d ? (int)d + 1 : 0);
        });
        EventReportsRecordCodec.Write(w, value.Reports);
        w.List(value.DateKeys, static (w, key) => w.String(key));
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    public static ArticleEvents Read(RecordReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        string id = r.Text();
        var published = r.Day();
        var range = ReadRange(r);
        var dating = r.Bool() ? DatingRecordCodec.Read(r, published, range) : null;
        var pins = r.List(static r =>
        {
            int index = r.Count();
            string value = r.Text();
            int direction = r.Count();
            if (direction > 0 && !Enum.IsDefined((TemporalDirection)(direction - 1)))
            {
                throw new InvalidDataException($"A corpus record holds tense direction {direction - 1}.");
            }

            return new DatePin(index, value, direction == 0 ? null : (TemporalDirection)(direction - 1));
        });
        var reports = EventReportsRecordCodec.Read(r);
        string[] keys = [.. r.List(static r => r.Text())];
        return new ArticleEvents(id, published, range, dating, pins, reports, keys);
    }

    /// <summary>A range or null, as its two days (both null for none).</summary>
    internal static void WriteRange(RecordWriter w, DateRange? range)
    {
        w.Day(range?.Earliest);
        w.Day(range?.Latest);
    }

    internal static DateRange? ReadRange(RecordReader r)
    {
        var (earliest, latest) = (r.Day(), r.Day());
        return (earliest, latest) switch
        {
            (null, null) => null,
            ({ } e, { } l) => new DateRange(e, l),
            _ => throw new InvalidDataException("A corpus record holds a date range with one end."),
        };
    }
}
