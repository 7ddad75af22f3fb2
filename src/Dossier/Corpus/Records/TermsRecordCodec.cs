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
        w.List(value.Terms, static (w, t) => w.String(t));
        w.List(value.Counts, static (w, c) => w.Int(c));
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
        string[] terms = [.. r.List(static r => r.Text())];
        int[] counts = [.. r.List(static r => r.Int())];
        return new ArticleTerms(id, title, hasTitle, earliest, latest, terms, counts);
    }
}
