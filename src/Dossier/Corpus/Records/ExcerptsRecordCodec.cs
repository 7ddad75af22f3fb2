using Dossier.Agreements;
using Dossier.Claims;
using Dossier.Corpus.Claims;
using Dossier.Model;

namespace Dossier.Corpus.Records;

/// <summary>
/// The binary form of the words an article's claims quote (<see cref="ArticleExcerpts"/>). The words are most of a
/// claims record, so two things keep them small. The cited spans are not written when they are the ones the
/// agreements and stances cite, in the order <see cref="ArticleExcerpts.Of"/> copies them (always, for excerpts it
/// made): the reader takes them from the agreements and stances read before. And the words of a span inside an
/// earlier one (a proposition inside its evidence sentence) are written as that span's number, and cut from its
/// words when read. Either is used only when it gives back exactly what was written.
/// </summary>
internal static class ExcerptsRecordCodec
{
    private const int Empty = 0;
    private const int Listed = 1;
    private const int Cited = 2;

    public static void Write(RecordWriter w, ArticleExcerpts value, ArticleAgreements local, IReadOnlyList<StanceMention> stances)
    {
        if (ReferenceEquals(value, ArticleExcerpts.Empty))
        {
            w.Count(Empty);
            return;
        }

        var entries = value.Spans.ToList();
        bool cited = entries.Select(e => e.Key).SequenceEqual(CitedSpans(local, stances));
        w.Count(cited ? Cited : Listed);
        if (!cited)
        {
            w.List(entries, static (w, e) => ClaimsRecordCodec.Span(w, e.Key));
        }

        for (int i = 0; i < entries.Count; i++)
        {
            int inside = Inside(entries, i);
            w.Count(inside + 1);
            if (inside < 0)
            {
                w.String(entries[i].Value);
            }
        }

        w.List(value.Names.ToList(), static (w, e) =>
        {
            w.String(e.Key);
            w.String(e.Value);
        });
        w.String(value.Reported);
    }

    public static ArticleExcerpts Read(RecordReader r, ArticleAgreements local, IReadOnlyList<StanceMention> stances)
    {
        var spans = r.Count() switch
        {
            Empty => null,
            Listed => r.List(ClaimsRecordCodec.Span),
            Cited => CitedSpans(local, stances),
            var mode => throw new InvalidDataException($"A corpus record holds excerpts of kind {mode}."),
        };
        if (spans is null)
        {
            return ArticleExcerpts.Empty;
        }

        var words = new Dictionary<TextSpan, string>(spans.Count);
        var texts = new string[spans.Count];
        for (int i = 0; i < spans.Count; i++)
        {
            int code = r.Count();
            texts[i] = code == 0 ? r.Text() : Cut(r.Pool, spans, texts, code - 1, i);
            if (!words.TryAdd(spans[i], texts[i]))
            {
                throw new InvalidDataException($"A corpus record quotes the span {spans[i]} twice.");
            }
        }

        var names = r.List(static r => (Id: r.Text(), Name: r.Text()));
        var byId = new Dictionary<string, string>(names.Count, StringComparer.Ordinal);
        foreach (var (id, name) in names)
        {
            if (!byId.TryAdd(id, name))
            {
                throw new InvalidDataException($"A corpus record names {id} twice.");
            }
        }

        return new ArticleExcerpts(words, byId, r.String());
    }

    /// <summary>The spans that <see cref="ArticleExcerpts.Of"/> copies the words of, each once, in its order.</summary>
    private static List<TextSpan> CitedSpans(ArticleAgreements local, IReadOnlyList<StanceMention> stances)
    {
        var seen = new HashSet<TextSpan>();
        var list = new List<TextSpan>();
        void Add(TextSpan span)
        {
            if (seen.Add(span))
            {
                list.Add(span);
            }
        }

        foreach (var a in local.Agreements)
        {
            foreach (var s in a.States)
            {
                Add(s.Evidence);
            }

            foreach (var p in a.Provisions)
            {
                Add(p.Evidence);
            }
        }

        foreach (var s in stances)
        {
            Add(s.Evidence);
            Add(s.Proposition.Span);
        }

        return list;
    }

    /// <summary>An earlier entry whose words hold entry <paramref name="i"/>'s at its offset, or -1.</summary>
    private static int Inside(List<KeyValuePair<TextSpan, string>> entries, int i)
    {
        var (span, text) = (entries[i].Key, entries[i].Value);
        if (text.Length != span.Length)
        {
            return -1;
        }

        for (int j = 0; j < i; j++)
        {
            var (outer, words) = (entries[j].Key, entries[j].Value);
            if (outer.Covers(span) && words.Length == outer.Length
                && words.AsSpan(span.Start - outer.Start, span.Length).SequenceEqual(text))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>The words of span <paramref name="i"/>, cut from those of the earlier span <paramref name="outer"/>.</summary>
    private static string Cut(StringPool pool, List<TextSpan> spans, string[] texts, int outer, int i)
    {
        if (outer >= i)
        {
            throw new InvalidDataException($"A corpus record quotes span {i} inside span {outer}, which is not before it.");
        }

        var (span, around) = (spans[i], spans[outer]);
        if (!around.Covers(span) || texts[outer].Length != around.Length)
        {
            throw new InvalidDataException($"A corpus record quotes the span {span} inside {around}, which does not hold it.");
        }

        return pool.Share(texts[outer].AsSpan(span.Start - around.Start, span.Length));
    }
}
