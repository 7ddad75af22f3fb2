namespace Dossier.Corpus.Records;

/// <summary>
/// The stored form of an article's story terms (<see cref="ArticleTerms"/>): the terms go through the record's
/// string table, so an entity id or a word the article's other parts name costs a byte or two here.
/// </summary>
public static class TermsRecordCodec
{
    /// <summary>Writes the terms.</summary>
    public static void Write(RecordWriter w, ArticleTerms value)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(value);
        w.String(value.Id);
        w.String(value.Title);
        w.Bool(value.HasTitle);
        w.Day(value.EarliestDay);
        w.Day(value.LatestDay);
        if (value.Counts.Length != value.Terms.Length)
        {
            throw new ArgumentException($"Article {value.Id} has {value.Terms.Length} terms but {value.Counts.Length} counts.", nameof(value));
        }

        w.Count(value.Terms.Length);
        for (int i = 0; i < value.Terms.Length; i++)
        {
            // An entity term is its id after '@': written without it, it is the string the entity nodes and event
            // reports refer to, so the id is spelled once in the record. The flag rides in the count's lowest bit.
            string term = value.Terms[i];
            bool entity = term.StartsWith('@');
            w.Long(((long)value.Counts[i] << 1) | (entity ? 1L : 0L));
            w.String(entity ? term[1..] : term);
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    public static ArticleTerms Read(RecordReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        string id = r.Text();
        string title = r.Text();
        bool hasTitle = r.Bool();
        var earliest = r.Day();
        var latest = r.Day();
        int count = r.Count();
        var terms = new List<string>(Math.Min(count, 4096));
        var counts = new List<int>(Math.Min(count, 4096));
        for (int i = 0; i < count; i++)
        {
            long code = r.Long();
            long n = code >> 1;
            if (n is < int.MinValue or > int.MaxValue)
            {
                throw new InvalidDataException($"A corpus record holds a term count of {n}.");
            }

            string term = r.Text();
            terms.Add((code & 1) == 0 ? term : r.Pool.Share(string.Concat("@", term)));
            counts.Add((int)n);
        }

        return new ArticleTerms(id, title, hasTitle, earliest, latest, [.. terms], [.. counts]);
    }
}
