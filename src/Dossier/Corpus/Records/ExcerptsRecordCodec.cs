using Dossier.Corpus.Claims;
using Dossier.Model;

namespace Dossier.Corpus.Records;

/// <summary>
/// The binary form of the words an article's claims quote (<see cref="ArticleExcerpts"/>), written first in a claims
/// record so that the agreements and stances after it can refer to its spans and cut their words from it
/// (<see cref="QuotedSpans"/>). The words are most of a claims record, so the words of a span inside an earlier one (a
/// proposition inside its evidence sentence) are not written again: only where they start in it and their length.
/// </summary>
internal static class ExcerptsRecordCodec
{
    private const string Organisation = "ent:org:";

    /// <summary>Writes the excerpts and returns them as the rest of the record refers to them.</summary>
    public static QuotedSpans Write(RecordWriter w, ArticleExcerpts value)
    {
        var quoted = new QuotedSpans();
        if (ReferenceEquals(value, ArticleExcerpts.Empty))
        {
            // 0 stands for the shared empty value; any other count is one more than the number of spans.
            w.Count(0);
            return quoted;
        }

        w.Count(checked(value.Spans.Count + 1));
        foreach (var (span, text) in value.Spans)
        {
            int j = quoted.Holding(span, text, quoted.Count);
            w.Count(j + 1);
            if (j < 0)
            {
                ClaimsRecordCodec.Span(w, span);
                w.String(text);
            }
            else
            {
                w.Count(span.Start - quoted[j].Start);
                w.Count(span.Length);
            }

            quoted.Add(span, text);
        }

        w.List(value.Names.ToList(), static (w, e) =>
        {
            // Every name is an organisation's (ent:org:…): the prefix is a bit, not eight characters a name.
            bool org = e.Key.StartsWith(Organisation, StringComparison.Ordinal);
            w.Bool(org);
            w.String(org ? e.Key[Organisation.Length..] : e.Key);
            w.String(e.Value);
        });
        w.String(value.Reported);
        return quoted;
    }

    /// <summary>Reads the excerpts, and them as the rest of the record refers to them.</summary>
    public static (ArticleExcerpts Excerpts, QuotedSpans Quoted) Read(RecordReader r)
    {
        var quoted = new QuotedSpans(r.Pool);
        int code = r.Count();
        if (code == 0)
        {
            return (ArticleExcerpts.Empty, quoted);
        }

        for (int i = 0; i < code - 1; i++)
        {
            int outer = r.Count() - 1;
            if (outer < 0)
            {
                quoted.Add(ClaimsRecordCodec.Span(r), r.Text());
                continue;
            }

            if (outer >= i)
            {
                throw new InvalidDataException($"A corpus record cuts quoted span {i} from span {outer}, which is not before it.");
            }

            long start = (long)quoted[outer].Start + r.Count();
            int length = r.Count();
            if (start + length > int.MaxValue)
            {
                throw new InvalidDataException($"A corpus record holds a span of {length} characters at {start}.");
            }

            var span = new TextSpan((int)start, (int)start + length);
            quoted.Add(span, quoted.Cut(outer, span));
        }

        var words = new Dictionary<TextSpan, string>(quoted.Count);
        for (int i = 0; i < quoted.Count; i++)
        {
            if (!words.TryAdd(quoted[i], quoted.WordsAt(i)))
            {
                throw new InvalidDataException($"A corpus record quotes the span {quoted[i]} twice.");
            }
        }

        var names = r.List(static r => (Id: r.Bool() ? r.Pool.Share(Organisation + r.Text()) : r.Text(), Name: r.Text()));
        var byId = new Dictionary<string, string>(names.Count, StringComparer.Ordinal);
        foreach (var (id, name) in names)
        {
            if (!byId.TryAdd(id, name))
            {
                throw new InvalidDataException($"A corpus record names {id} twice.");
            }
        }

        return (new ArticleExcerpts(words, byId, r.String()), quoted);
    }
}
