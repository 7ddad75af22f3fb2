using Dossier.Claims;

namespace Dossier.Corpus.Records;

/// <summary>
/// The binary form of an article's stances (<see cref="StanceMention"/>): its evidence and proposition spans as
/// references to the article's excerpts, which hold them (<see cref="QuotedSpans"/>), its source's span as an offset
/// from the evidence and its words cut from it, its keys as the record's shared strings, and its three flags in one
/// byte. No stances read back as the shared empty list.
/// </summary>
internal static class StancesRecordCodec
{
    private const int Negated = 1;
    private const int Explicit = 2;
    private const int Contrary = 4;
    private const int AllFlags = 7;

    /// <param name="agreements">How many agreements the article has: a proposition's agreement must be one of them.</param>
    public static void Write(RecordWriter w, IReadOnlyList<StanceMention> stances, int agreements, QuotedSpans quoted)
    {
        w.Count(stances.Count);
        foreach (var s in stances)
        {
            if (s.Answers is { } answered && (answered < 0 || answered >= stances.Count))
            {
                throw new ArgumentException($"DOS0843: a stance answers stance {answered} of an article that has {stances.Count}.", nameof(stances));
            }

            w.Count((s.Proposition.Negated ? Negated : 0) | (s.Explicit ? Explicit : 0) | (s.Contrary ? Contrary : 0));
            quoted.WriteSpan(w, s.Evidence);
            ClaimsRecordCodec.Span(w, s.Source.Span, s.Evidence);
            quoted.WriteWords(w, s.Source.Text, s.Source.Span);
            w.String(s.Source.EntityId);
            ClaimsRecordCodec.Strings(w, s.Source.Entities);
            w.String(s.Position);
            w.String(s.Cue);
            WriteProposition(w, s.Proposition, agreements, quoted);
            w.String(s.Date);
            ClaimsRecordCodec.Index(w, s.Answers);
        }
    }

    /// <param name="agreements">How many agreements the article has: a proposition's agreement must be one of them.</param>
    public static IReadOnlyList<StanceMention> Read(RecordReader r, int agreements, QuotedSpans quoted)
    {
        int count = r.Count();
        if (count == 0)
        {
            return [];
        }

        var stances = new List<StanceMention>(Math.Min(count, 1024));
        for (int i = 0; i < count; i++)
        {
            int flags = r.Count();
            if ((flags & ~AllFlags) != 0)
            {
                throw new InvalidDataException($"A corpus record holds stance flags {flags}.");
            }

            var evidence = quoted.ReadSpan(r);
            var sourceSpan = ClaimsRecordCodec.Span(r, evidence);
            string sourceText = quoted.ReadWords(r, sourceSpan);
            string? entityId = r.String();
            var source = new SourceRef(sourceSpan, sourceText, entityId) { Entities = ClaimsRecordCodec.Strings(r) };
            string position = r.Text();
            string cue = r.Text();
            var proposition = ReadProposition(r, (flags & Negated) != 0, agreements, quoted);
            string? date = r.String();
            int? answers = ClaimsRecordCodec.Index(r, count, "stance");
            stances.Add(new StanceMention(source, position, cue, proposition, evidence, date)
            {
                Explicit = (flags & Explicit) != 0,
                Contrary = (flags & Contrary) != 0,
                Answers = answers,
            });
        }

        return stances;
    }

    private static void WriteProposition(RecordWriter w, PropositionRef p, int agreements, QuotedSpans quoted)
    {
        w.String(p.Class);
        quoted.WriteSpan(w, p.Span);
        w.Int(p.Head);
        if (p.Agreement is { } a && (a < 0 || a >= agreements))
        {
            throw new ArgumentException($"DOS0844: a proposition is about agreement {a} of an article that has {agreements}.", nameof(p));
        }

        ClaimsRecordCodec.Index(w, p.Agreement);
        w.String(p.Theme);
        ClaimsRecordCodec.Strings(w, p.ThemeWords);
        ClaimsRecordCodec.Strings(w, p.Agents);
        ClaimsRecordCodec.Strings(w, p.Others);
    }

    private static PropositionRef ReadProposition(RecordReader r, bool negated, int agreements, QuotedSpans quoted)
    {
        string cls = r.Text();
        var span = quoted.ReadSpan(r);
        int head = r.Int();
        int? agreement = ClaimsRecordCodec.Index(r, agreements, "agreement");
        string? theme = r.String();
        var themeWords = ClaimsRecordCodec.Strings(r);
        var agents = ClaimsRecordCodec.Strings(r);
        var others = ClaimsRecordCodec.Strings(r);
        return new PropositionRef(cls, span, negated) { Head = head, Agreement = agreement, Theme = theme, ThemeWords = themeWords, Agents = agents, Others = others };
    }
}
