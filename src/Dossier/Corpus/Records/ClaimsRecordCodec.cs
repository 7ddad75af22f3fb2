using Dossier.Corpus.Claims;
using Dossier.Model;

namespace Dossier.Corpus.Records;

/// <summary>
/// The binary form of an article's claims (<see cref="ArticleClaims"/>) inside its corpus record: its id, the words
/// it quotes (<see cref="ExcerptsRecordCodec"/>), first because what follows refers to them, its agreements
/// (<see cref="AgreementsRecordCodec"/>) and its stances (<see cref="StancesRecordCodec"/>).
/// Everything the claims and agreements stage reads comes back as it was written; an article with nothing to claim
/// comes back with the shared empty values (<see cref="ArticleExcerpts.Empty"/>, <see cref="Agreements.ArticleAgreements.Empty"/>)
/// and costs its id and three zero bytes.
/// </summary>
public static class ClaimsRecordCodec
{
    /// <summary>Writes <paramref name="value"/> to <paramref name="w"/>.</summary>
    /// <exception cref="ArgumentException">A value the form cannot hold exactly: a negative offset or count, an agreement whose index is not its position.</exception>
    public static void Write(RecordWriter w, ArticleClaims value)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(value);
        w.String(value.Id);
        var quoted = ExcerptsRecordCodec.Write(w, value.Excerpts);
        AgreementsRecordCodec.Write(w, value.Local, quoted);
        StancesRecordCodec.Write(w, value.Stances, value.Local.Agreements.Count, quoted);
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    /// <exception cref="InvalidDataException">The bytes end early or hold a value out of range.</exception>
    public static ArticleClaims Read(RecordReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        string id = r.Text();
        var (excerpts, quoted) = ExcerptsRecordCodec.Read(r);
        var local = AgreementsRecordCodec.Read(r, quoted);
        var stances = StancesRecordCodec.Read(r, local.Agreements.Count, quoted);
        return new ArticleClaims(id, excerpts, local, stances);
    }

    /// <summary>A span as its start and length (both non-negative, as a document's offsets are).</summary>
    internal static void Span(RecordWriter w, TextSpan span)
    {
        w.Count(span.Start);
        w.Count(Length(span));
    }

    internal static TextSpan Span(RecordReader r)
    {
        int start = r.Count();
        return new TextSpan(start, End(start, r.Count()));
    }

    /// <summary>
    /// A span near another (a source or proposition inside its evidence sentence): its start as a signed offset from
    /// the other's, which keeps it to a byte or two however far into the article the sentence is.
    /// </summary>
    internal static void Span(RecordWriter w, TextSpan span, TextSpan near)
    {
        w.Long((long)span.Start - near.Start);
        w.Count(Length(span));
    }

    internal static TextSpan Span(RecordReader r, TextSpan near)
    {
        long start = near.Start + r.Long();
        if (start is < 0 or > int.MaxValue)
        {
            throw new InvalidDataException($"A corpus record holds a span starting at {start}.");
        }

        return new TextSpan((int)start, End((int)start, r.Count()));
    }

    /// <summary>A nullable non-negative index as a count: 0 for null, else the index plus 1.</summary>
    internal static void Index(RecordWriter w, int? index) => w.Count(index is { } i ? checked(i + 1) : 0);

    /// <summary>Reads an index written by <see cref="Index(RecordWriter, int?)"/>, which must be below <paramref name="limit"/>.</summary>
    internal static int? Index(RecordReader r, int limit, string what)
    {
        int code = r.Count();
        return code == 0 ? null : code - 1 < limit
            ? code - 1
            : throw new InvalidDataException($"A corpus record refers to {what} {code - 1}, but holds {limit}.");
    }

    /// <summary>A list of strings (party keys, theme words, descriptors); an empty one reads back as the shared empty array.</summary>
    internal static void Strings(RecordWriter w, IReadOnlyList<string> values) => w.List(values, static (w, s) => w.String(s));

    internal static IReadOnlyList<string> Strings(RecordReader r)
    {
        var list = r.List(static r => r.Text());
        return list.Count == 0 ? [] : list.ToArray();
    }

    private static int Length(TextSpan span) =>
        span.Start >= 0 && span.End >= span.Start ? span.Length : throw new ArgumentException($"DOS0840: the span {span} cannot be kept in a corpus record (offsets must be non-negative, the end not before the start).", nameof(span));

    private static int End(int start, int length) =>
        length <= int.MaxValue - start ? start + length : throw new InvalidDataException($"A corpus record holds a span of {length} characters at {start}.");
}
