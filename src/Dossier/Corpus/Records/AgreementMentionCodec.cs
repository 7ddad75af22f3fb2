using Dossier.Agreements;

namespace Dossier.Corpus.Records;

/// <summary>
/// The binary form of one agreement phrase (<see cref="AgreementMention"/>): its sentence, head and span as steps
/// from the agreement's previous mention (an agreement's mentions come in text order, so the steps are small;
/// wrapping arithmetic keeps any values exact), its name cut from the excerpt that holds it when one does
/// (<see cref="QuotedSpans"/>), a proper name that is the name itself as one code, and its four flags and whether it
/// gives a term in one byte.
/// </summary>
internal static class AgreementMentionCodec
{
    private const int Quoted = 1;
    private const int Definite = 2;
    private const int Indefinite = 4;
    private const int PartiesComplete = 8;
    private const int HasTerm = 16;
    private const int AllFlags = 31;
    private const int NoProperName = 0;
    private const int ProperNameIsName = 1;
    private const int OtherProperName = 2;

    /// <param name="previous">The agreement's mention before it, or null for its first.</param>
    public static void Write(RecordWriter w, AgreementMention m, AgreementMention? previous, QuotedSpans quoted)
    {
        w.Int(unchecked(m.Sentence - (previous?.Sentence ?? 0)));
        w.Int(unchecked(m.Head - (previous?.Head ?? 0)));
        ClaimsRecordCodec.Span(w, m.Span, previous?.Span ?? default);
        quoted.WriteWords(w, m.Name, m.Span);
        // A proper name is most often the name itself, a long one ("Treaty of the Foundation of … Act").
        bool same = string.Equals(m.ProperName, m.Name, StringComparison.Ordinal);
        w.Count(m.ProperName is null ? NoProperName : same ? ProperNameIsName : OtherProperName);
        if (m.ProperName is not null && !same)
        {
            w.String(m.ProperName);
        }

        ClaimsRecordCodec.Strings(w, m.Descriptors);
        int flags = (m.Quoted ? Quoted : 0) | (m.Definite ? Definite : 0) | (m.Indefinite ? Indefinite : 0)
            | (m.PartiesComplete ? PartiesComplete : 0) | (m.TermYears is null ? 0 : HasTerm);
        w.Count(flags);
        if (m.TermYears is { } years)
        {
            w.Int(years);
        }

        ClaimsRecordCodec.Strings(w, m.ExplicitParties);
        ClaimsRecordCodec.Strings(w, m.ActorParties);
    }

    public static AgreementMention Read(RecordReader r, AgreementMention? previous, QuotedSpans quoted)
    {
        int sentence = unchecked((previous?.Sentence ?? 0) + r.Int());
        int head = unchecked((previous?.Head ?? 0) + r.Int());
        var span = ClaimsRecordCodec.Span(r, previous?.Span ?? default);
        string name = quoted.ReadWords(r, span);
        string? proper = r.Count() switch
        {
            NoProperName => null,
            ProperNameIsName => name,
            OtherProperName => r.Text(),
            var code => throw new InvalidDataException($"A corpus record holds proper name code {code}."),
        };
        var descriptors = ClaimsRecordCodec.Strings(r);
        int flags = r.Count();
        if ((flags & ~AllFlags) != 0)
        {
            throw new InvalidDataException($"A corpus record holds agreement mention flags {flags}.");
        }

        int? term = (flags & HasTerm) != 0 ? r.Int() : null;
        var explicitParties = ClaimsRecordCodec.Strings(r);
        var actorParties = ClaimsRecordCodec.Strings(r);
        return new AgreementMention(sentence, head, span, name)
        {
            ProperName = proper,
            Descriptors = descriptors,
            Quoted = (flags & Quoted) != 0,
            Definite = (flags & Definite) != 0,
            Indefinite = (flags & Indefinite) != 0,
            PartiesComplete = (flags & PartiesComplete) != 0,
            TermYears = term,
            ExplicitParties = explicitParties,
            ActorParties = actorParties,
        };
    }
}
