namespace Dossier.Corpus.Records;

/// <summary>
/// The stored form of an article's duplicates signature (<see cref="ArticleSignature"/>): its id, day and wire, then
/// the MinHash values (<see cref="MinHashPacking"/>).
/// </summary>
public static class SignatureRecordCodec
{
    /// <summary>Writes the signature.</summary>
    public static void Write(RecordWriter w, ArticleSignature value)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(value);
        w.String(value.Id);
        w.Day(value.Published);
        w.String(value.Wire);
        MinHashPacking.Write(w, value.Signature);
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    public static ArticleSignature Read(RecordReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        string id = r.Text();
        var published = r.Day();
        string? wire = r.String();
        return new ArticleSignature(id, published, wire, MinHashPacking.Read(r));
    }
}
