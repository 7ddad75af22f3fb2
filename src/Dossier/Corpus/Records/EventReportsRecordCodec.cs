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
            if (RecordTable.Refer(w, sentences, key))
            {
                w.Int(r.Sentence - previousSentence);
                w.Int(r.Evidence.Start - previous.End);
                w.Int(r.Evidence.Length);
                SentenceTextCodec.Write(w, r.SentenceText);
                bool derived = EventReportReader.WordsOf(r.SentenceText, 0, r.SentenceText.Length, null).SequenceEqual(r.Words, StringComparer.Ordinal);
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
            EventParticipantsRecordCodec.Write(w, r.Sources, participants);
            EventParticipantsRecordCodec.Write(w, r.Targets, participants);
            w.String(r.Location);
            w.String(r.LocationCountry);
            // 0 for no date, else the date's index plus 1.
            if (r.Date is null)
            {
                w.Count(0);
            }
            else if (RecordTable.Refer(w, dates, r.Date, 1))
            {
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
        var sentences = new List<ReportSentence>();
        var participants = new List<EventParticipant>();
        var dates = new List<DateConstraint>();
        var previous = default(TextSpan);
        int previousSentence = 0;
        for (int i = 0; i < count; i++)
        {
            var (id, published, story) = uniform ? article : ReadArticle(r);
            var sentence = RecordTable.Resolve(r.Count(), r, sentences, "sentence", r =>
            {
                int index = previousSentence + r.Int();
                int start = previous.End + r.Int();
                var span = new TextSpan(start, start + r.Int());
                string text = SentenceTextCodec.Read(r);
                var words = EventReportReader.Compact(r.Bool() ? EventReportReader.WordsOf(text, 0, text.Length, r.Pool) : Set(r.List(static r => r.Text())));
                var mentioned = EventReportReader.Compact(Set(r.List(static r => r.Text())));
                (previous, previousSentence) = (span, index);
                return new ReportSentence(index, span, text, words, mentioned);
            });
            int trigger = sentence.Span.Start + r.Int();
            var report = new EventReport(id, sentence.Index, new TextSpan(trigger, trigger + r.Int()), r.Text(), r.Text(), sentence.Span)
            {
                Sources = EventParticipantsRecordCodec.Read(r, participants),
                Targets = EventParticipantsRecordCodec.Read(r, participants),
                Location = r.String(),
                LocationCountry = r.String(),
                Date = r.Count() is int date and > 0 ? RecordTable.Resolve(date - 1, r, dates, "date", DateConstraintRecordCodec.Read) : null,
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

    private static HashSet<string> Set(List<string> items) => new(items, StringComparer.Ordinal);
}
