using Dossier.Model;

namespace Dossier.Corpus.Records;

/// <summary>
/// The spans an article's claims quote and their words (<see cref="Claims.ArticleExcerpts"/>), in their order, as
/// the rest of a claims record refers to them: an evidence span that is one of them is written as its number, and
/// words that are a slice of one of them (an agreement's name, a source, a proposition inside its sentence) as that
/// number, cut from its words when read. Each is used only when it gives back exactly what was written; otherwise the
/// span or the words are written out.
/// </summary>
internal sealed class QuotedSpans
{
    private readonly List<TextSpan> spans = [];
    private readonly List<string> words = [];
    private readonly Dictionary<TextSpan, int> numbers = [];
    private readonly StringPool? pool;

    /// <param name="pool">Shares the words cut when reading; null when writing.</param>
    public QuotedSpans(StringPool? pool = null) => this.pool = pool;

    public int Count => spans.Count;

    public TextSpan this[int j] => spans[j];

    public string WordsAt(int j) => words[j];

    public void Add(TextSpan span, string text)
    {
        numbers.TryAdd(span, spans.Count);
        spans.Add(span);
        words.Add(text);
    }

    /// <summary>The first quoted span whose words hold <paramref name="text"/> at <paramref name="span"/>'s offsets, among the first <paramref name="before"/>, or -1.</summary>
    public int Holding(TextSpan span, string text, int before)
    {
        if (text.Length != span.Length || span.Start < 0)
        {
            return -1;
        }

        for (int j = 0; j < before; j++)
        {
            var outer = spans[j];
            if (outer.Covers(span) && words[j].Length == outer.Length
                && words[j].AsSpan(span.Start - outer.Start, span.Length).SequenceEqual(text))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>The words of <paramref name="span"/>, cut from those of quoted span <paramref name="j"/>.</summary>
    public string Cut(int j, TextSpan span)
    {
        if (j >= spans.Count || !spans[j].Covers(span) || words[j].Length != spans[j].Length)
        {
            throw new InvalidDataException($"A corpus record cuts the span {span} from quoted span {j}, which does not hold it.");
        }

        var slice = words[j].AsSpan(span.Start - spans[j].Start, span.Length);
        return pool is null ? slice.ToString() : pool.Share(slice);
    }

    /// <summary>A span: the number of the quoted span it is plus one, or 0 and the span.</summary>
    public void WriteSpan(RecordWriter w, TextSpan span)
    {
        if (numbers.TryGetValue(span, out int j))
        {
            w.Count(j + 1);
            return;
        }

        w.Count(0);
        ClaimsRecordCodec.Span(w, span);
    }

    public TextSpan ReadSpan(RecordReader r)
    {
        int code = r.Count();
        return code == 0 ? ClaimsRecordCodec.Span(r) : code - 1 < spans.Count
            ? spans[code - 1]
            : throw new InvalidDataException($"A corpus record refers to quoted span {code - 1}, but holds {spans.Count}.");
    }

    /// <summary>Words at <paramref name="span"/> (written before them): the number of a quoted span holding them plus one, or 0 and the words.</summary>
    public void WriteWords(RecordWriter w, string text, TextSpan span)
    {
        int j = Holding(span, text, spans.Count);
        w.Count(j + 1);
        if (j < 0)
        {
            w.String(text);
        }
    }

    public string ReadWords(RecordReader r, TextSpan span)
    {
        int code = r.Count();
        return code == 0 ? r.Text() : Cut(code - 1, span);
    }
}
