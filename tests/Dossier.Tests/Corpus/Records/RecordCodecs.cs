using Dossier.Corpus;
using Dossier.Corpus.Records;

namespace Dossier.Tests.Corpus.Records;

/// <summary>
/// Stands in for the store's composite record codec (not written yet): an article's signature, terms, entity nodes and
/// events in one blob, one string table; the claims are another codec's, so the original ones are kept.
/// </summary>
internal static class RecordCodecs
{
    /// <summary>The blob, and its length after each part (signature, terms, nodes, events).</summary>
    public static (byte[] Blob, int[] Ends) Encode(ArticleCorpusRecord record)
    {
        var w = new RecordWriter();
        var ends = new int[4];
        SignatureRecordCodec.Write(w, record.Signature);
        ends[0] = w.ToArray().Length;
        TermsRecordCodec.Write(w, record.Terms);
        ends[1] = w.ToArray().Length;
        EntityNodesRecordCodec.Write(w, record.Nodes);
        ends[2] = w.ToArray().Length;
        EventsRecordCodec.Write(w, record.Events);
        ends[3] = w.ToArray().Length;
        return (w.ToArray(), ends);
    }

    /// <summary>The whole record's blob, its claims (<see cref="ClaimsRecordCodec"/>) after the other parts.</summary>
    public static byte[] EncodeWithClaims(ArticleCorpusRecord record)
    {
        var w = new RecordWriter();
        SignatureRecordCodec.Write(w, record.Signature);
        TermsRecordCodec.Write(w, record.Terms);
        EntityNodesRecordCodec.Write(w, record.Nodes);
        EventsRecordCodec.Write(w, record.Events);
        ClaimsRecordCodec.Write(w, record.Claims);
        return w.ToArray();
    }

    /// <summary>The record again from its blob, with the claims and mentions of <paramref name="original"/>; a blob with bytes left over is damaged.</summary>
    public static ArticleCorpusRecord Decode(byte[] blob, ArticleCorpusRecord original, StringPool pool)
    {
        var r = new RecordReader(blob, pool);
        var signature = SignatureRecordCodec.Read(r);
        var terms = TermsRecordCodec.Read(r);
        var nodes = EntityNodesRecordCodec.Read(r);
        var events = EventsRecordCodec.Read(r);
        if (!r.AtEnd)
        {
            throw new InvalidDataException("A corpus record holds bytes after its last part.");
        }

        return new ArticleCorpusRecord(signature.Id, signature.Published is null, signature, terms, nodes, events, original.Claims, original.Mentions, original.Units);
    }
}
