using Dossier.Corpus.Claims;
using Dossier.Corpus.Entities;
using Dossier.Corpus.EventMerging;

namespace Dossier.Corpus.Records;

/// <summary>Records held in memory (taken from documents), as a <see cref="ICorpusRecordSource"/>.</summary>
public sealed class CorpusRecordList : ICorpusRecordSource
{
    private readonly IReadOnlyList<ArticleCorpusRecord> records;

    /// <param name="records">The records in ascending ordinal id order.</param>
    public CorpusRecordList(IReadOnlyList<ArticleCorpusRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        for (int i = 1; i < records.Count; i++)
        {
            if (string.CompareOrdinal(records[i - 1].Id, records[i].Id) > 0)
            {
                throw new ArgumentException($"DOS0803: corpus articles must come in ascending id order, but {records[i].Id} follows {records[i - 1].Id}.", nameof(records));
            }
        }

        this.records = records;
    }

    public IEnumerable<ArticleSignature> Signatures() => records.Select(r => r.Signature);

    public IEnumerable<ArticleTerms> Terms() => records.Select(r => r.Terms);

    public IEnumerable<IReadOnlyList<ArticleEntityNode>> Nodes() => records.Select(r => r.Nodes);

    public IEnumerable<ArticleEvents> Events() => records.Select(r => r.Events);

    public IEnumerable<(ArticleClaims Claims, bool Undated)> Claims() => records.Select(r => (r.Claims, r.Undated));

    public IEnumerable<ArticleMentions> Mentions() => records.Select(r => r.Mentions);
}
