using Dossier.Corpus.EventMerging;

namespace Dossier.Corpus.Records;

/// <summary>
/// A report's date (<see cref="DateConstraint"/>) in its stored form: the value as written when parsing it again gives
/// the same constraint (as it does for every date a report is read with), else every field.
/// </summary>
internal static class DateConstraintRecordCodec
{
    public static void Write(RecordWriter w, DateConstraint date)
    {
        w.String(date.Written);
        bool parsed = DateConstraint.Parse(date.Written) == date;
        w.Bool(parsed);
        if (parsed)
        {
            return;
        }

        w.Day(date.Earliest);
        w.Day(date.Latest);
        w.Count(date.Month);
        w.Count(date.DayOfMonth);
        w.Count(date.Weekday is { } d ? (int)d + 1 : 0);
    }

    public static DateConstraint Read(RecordReader r)
    {
        string written = r.Text();
        if (r.Bool())
        {
            return DateConstraint.Parse(written) ?? throw new InvalidDataException($"A corpus record holds date {written}, which names no days.");
        }

        var earliest = r.Day();
        var latest = r.Day();
        int month = r.Count();
        int day = r.Count();
        int weekday = r.Count();
        if (weekday > 7)
        {
            throw new InvalidDataException($"A corpus record holds weekday {weekday - 1}.");
        }

        return new DateConstraint
        {
            Earliest = earliest,
            Latest = latest,
            Month = month,
            DayOfMonth = day,
            Weekday = weekday == 0 ? null : (DayOfWeek)(weekday - 1),
            Written = written,
        };
    }
}
