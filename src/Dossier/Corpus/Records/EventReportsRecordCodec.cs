using System.Collections.Frozen;
using Dossier.Corpus.EventMerging;
using Dossier.Model;

namespace Dossier.Corpus.Records;

/// <summary>
/// An article's event reports in their stored form. What the reader shares between reports is written once and
/// referred to after: the sentence (its index, span, text (<see cref="SentenceTextCodec"/>), named entities; its words are taken again from the text),
/// each participant and each date, so that reading the record back shares them the same way. The article, its
/// publication day and the story are the same for every report read from one document and are written once.
/// </summary>
internal static class EventReportsRecordCodec
{
    public static void Write(RecordWriter w, IReadOnlyList<EventReport> reports)
    {
        w.Count(reports.Count);
        if (reports.Count == 0)
        {
            return;
        }

        var first = reports[0];
        bool uniform = reports.All(r => r.Article == first.Article && r.Published == first.Published && r.Story == first.Story);
        w.Bool(uniform);
        if (uniform)
        {
            WriteArticle(w, first);
        }

        var sentences = new Dictionary<(int, TextSpan, string, IReadOnlySet<string>, IReadOnlySet<string>), int>();
        var participants = new Dictionary<EventParticipant, int>(ReferenceEqualityComparer.Instance);
        var dates = new Dictionary<DateConstraint, int>(ReferenceEqualityComparer.Instance);
        var previous = default(TextSpan);
        int previousSentence = 0;
        foreach (var r in reports)
        {
            if (!uniform)
            {
                WriteArticle(w, r);
            }

            var key = (r.Sentence, r.Evidence, r.SentenceText, r.Words, r.Mentioned);
            if (Refer(w, sentences, key))
            {
                w.Int(r.Sentence - previousSentence);
                w.Int(r.Evidence.Start - previous.End);
                w.Int(r.Evidence.Length);
                SentenceTextCodec.Write(w, r.SentenceText);
                bool derived = SentenceWords.Of(r.SentenceText, null).SequenceEqual(r.Words, StringComparer.Ordinal);
                w.Bool(derived);
                if (!derived)
                {
                    w.List([.. r.Words], static (w, word) => w.String(word));
                }

                w.List([.. r.Mentioned], static (w, id) => w.String(id));
                (previous, previousSentence) = (r.Evidence, r.Sentence);
            }

            w.Int(r.Trigger.Start - r.Evidence.Start);
            w.Int(r.Trigger.Length);
            w.String(r.Code);
            w.String(r.Modality);
            WriteParticipants(w, r.Sources, participants);
            WriteParticipants(w, r.Targets, participants);
            w.String(r.Location);
            w.String(r.LocationCountry);
            if (r.Date is null)
            {
                w.Count(0);
            }
            else if (dates.TryGetValue(r.Date, out int index))
            {
                w.Count(index + 1);
            }
            else
            {
                w.Count(dates.Count + 1);
                dates.Add(r.Date, dates.Count);
                DateConstraintRecordCodec.Write(w, r.Date);
            }

            // -1 (no expression of its own) is 0; an expression's start is its offset from the sentence's, 1-based.
            int offset = r.DateExpression - r.Evidence.Start;
            w.Int(r.DateExpression == -1 ? 0 : offset >= 0 ? offset + 1 : offset);
        }
    }

    public static List<EventReport> Read(RecordReader r)
    {
        int count = r.Count();
        var reports = new List<EventReport>(Math.Min(count, 1024));
        if (count == 0)
        {
            return reports;
        }

        bool uniform = r.Bool();
        var article = uniform ? ReadArticle(r) : default;
        var sentences = new List<Sentence>();
        var participants = new List<EventParticipant>();
        var dates = new List<DateConstraint>();
        var previous = default(TextSpan);
        int previousSentence = 0;
        for (int i = 0; i < count; i++)
        {
            var (id, published, story) = uniform ? article : ReadArticle(r);
            var sentence = Resolve(r, sentences, "sentence", r =>
            {
                int index = previousSentence + r.Int();
                int start = previous.End + r.Int();
                var span = new TextSpan(start, start + r.Int());
                string text = SentenceTextCodec.Read(r);
                IReadOnlySet<string> words = Set(r.Bool() ? SentenceWords.Of(text, r.Pool) : r.List(static r => r.Text()));
                var mentioned = Set(r.List(static r => r.Text()));
                (previous, previousSentence) = (span, index);
                return new Sentence(index, span, text, words, mentioned);
            });
            int trigger = sentence.Span.Start + r.Int();
            var report = new EventReport(id, sentence.Index, new TextSpan(trigger, trigger + r.Int()), r.Text(), r.Text(), sentence.Span)
            {
                Sources = ReadParticipants(r, participants),
                Targets = ReadParticipants(r, participants),
                Location = r.String(),
                LocationCountry = r.String(),
                Date = ReadDate(r, dates),
                DateExpression = DateExpression(r.Int(), sentence.Span.Start),
                Story = story,
                Published = published,
                Mentioned = sentence.Mentioned,
                SentenceText = sentence.Text,
                Words = sentence.Words,
            };
            reports.Add(report);
        }

        return reports;
    }

    private static int DateExpression(int code, int sentenceStart) => code == 0 ? -1 : code > 0 ? sentenceStart + code - 1 : sentenceStart + code;

    private static void WriteArticle(RecordWriter w, EventReport r)
    {
        w.String(r.Article);
        w.Day(r.Published);
        w.String(r.Story);
    }

    private static (string Id, DateOnly? Published, string Story) ReadArticle(RecordReader r) => (r.Text(), r.Day(), r.Text());

    private static void WriteParticipants(RecordWriter w, IReadOnlyList<EventParticipant> list, Dictionary<EventParticipant, int> table)
    {
        w.Count(list.Count);
        foreach (var p in list)
        {
            if (Refer(w, table, p))
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

    private static IReadOnlyList<EventParticipant> ReadParticipants(RecordReader r, List<EventParticipant> table)
    {
        // An array, as the reader builds it (and the shared empty one for none).
        var list = r.List(r => Resolve(r, table, "participant", static r =>
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

    private static DateConstraint? ReadDate(RecordReader r, List<DateConstraint> table)
    {
        int code = r.Count();
        if (code == 0)
        {
            return null;
        }

        if (code - 1 < table.Count)
        {
            return table[code - 1];
        }

        if (code - 1 > table.Count)
        {
            throw new InvalidDataException($"A corpus record refers to date {code - 1}, but holds {table.Count}.");
        }

        var date = DateConstraintRecordCodec.Read(r);
        table.Add(date);
        return date;
    }

    /// <summary>Writes the index of an item written before, or the next index and true when the item must follow.</summary>
    private static bool Refer<T>(RecordWriter w, Dictionary<T, int> table, T item)
        where T : notnull
    {
        if (table.TryGetValue(item, out int index))
        {
            w.Count(index);
            return false;
        }

        w.Count(table.Count);
        table.Add(item, table.Count);
        return true;
    }

    private static T Resolve<T>(RecordReader r, List<T> table, string what, Func<RecordReader, T> read)
    {
        int index = r.Count();
        if (index < table.Count)
        {
            return table[index];
        }

        if (index > table.Count)
        {
            throw new InvalidDataException($"A corpus record refers to {what} {index}, but holds {table.Count}.");
        }

        var item = read(r);
        table.Add(item);
        return item;
    }

    /// <summary>The set the reader builds: without spare capacity, or the one shared empty set.</summary>
    private static IReadOnlySet<string> Set(List<string> items)
    {
        if (items.Count == 0)
        {
            return FrozenSet<string>.Empty;
        }

        var set = new HashSet<string>(items, StringComparer.Ordinal);
        set.TrimExcess();
        return set;
    }

    private sealed record Sentence(int Index, TextSpan Span, string Text, IReadOnlySet<string> Words, IReadOnlySet<string> Mentioned);
}
