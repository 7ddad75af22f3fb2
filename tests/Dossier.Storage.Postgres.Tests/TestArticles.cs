using Dossier.Model;

namespace Dossier.Storage.Postgres.Tests;

/// <summary>Plain articles (a body, no annotations) for tests about landing and queueing rather than content.</summary>
internal static class TestArticles
{
    public static (ArticleRecord Record, Document Doc) Make(string id, string source, string body, string hash)
    {
        var metadata = new ArticleMetadata { Source = source };
        return (new ArticleRecord(id, 1, hash, metadata, body, new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero)), new Document(id, body, metadata));
    }
}
