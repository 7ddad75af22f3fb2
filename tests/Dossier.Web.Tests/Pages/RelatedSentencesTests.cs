using Dossier.Corpus.Entities;
using Dossier.Corpus.Records;
using Dossier.Storage;
using Dossier.Storage.Sqlite;
using Dossier.Web.Evidence;
using Dossier.Web.Storage;

namespace Dossier.Web.Tests.Pages;

/// <summary>The evidence view's other reports of a passage, found by comparing every article or only those the name search finds.</summary>
[Collection(SeedCollection.Name)]
public sealed class RelatedSentencesTests(SeedStore seeds)
{
    [Fact]
    public void Comparing_only_the_articles_found_by_name_finds_the_other_report_of_the_Astana_meeting_as_comparing_all_does()
    {
        using var store = SqliteArticleStore.Open(seeds.CopyDb());
        var cache = new DocumentCache(store);
        var article = store.ListArticles().Single(a => a.Id.StartsWith("001_", StringComparison.Ordinal));
        var doc = cache.Document(article);
        var passage = TextUnits.Of(doc).First(u => u.Slice(doc.Text).Contains("During a meeting with Russian President Vladimir Putin on Thursday", StringComparison.Ordinal));

        var whole = RelatedSentences.Find(cache, article, doc, passage);
        var found = RelatedSentences.Find(cache, article, doc, passage, comparedWhole: 0);

        Assert.StartsWith("Mokhber and Putin met on Thursday in Astana", whole[0].Text, StringComparison.Ordinal);
        Assert.Equal(whole.Select(r => (r.Article.Id, r.Span, r.Score)), found.Select(r => (r.Article.Id, r.Span, r.Score)));
        Assert.Contains("ent:person:vladimir-putin", found[0].Shared);
    }

    [Fact]
    public void The_units_kept_in_the_corpus_records_find_what_the_documents_find()
    {
        string db = seeds.CopyDb();
        using var store = SqliteArticleStore.Open(db);
        var articles = store.ListArticles();
        Assert.All(articles, a => Assert.NotNull(store.CorpusRecord(new ArticleVersion(a.Id, a.Version), ArticleCorpusRecordCodec.Producer)));
        var cache = new DocumentCache(store);
        foreach (var a in articles)
        {
            Assert.Equal(Describe(ArticleEntityUnits.Of(cache.Document(a))), Describe(RelatedSentences.UnitsOf(cache, new ArticleVersion(a.Id, a.Version))!));
        }

        // Every sentence of every seed with a resolved mention as the passage, each article found by name or all compared.
        var passages = articles.SelectMany(a => ArticleEntityUnits.Of(cache.Document(a)).Units.Select(u => (Article: a, Span: new Dossier.Model.TextSpan(u.Start, u.End)))).ToList();
        var fromRecords = Related(new DocumentCache(store));
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db}"))
        {
            connection.Open();
            using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM corpus_records";
            Assert.True(delete.ExecuteNonQuery() >= articles.Count);
        }

        var fromDocuments = Related(new DocumentCache(store));

        Assert.Equal(fromDocuments, fromRecords);
        Assert.True(fromRecords.Count(r => r.Contains("ent:", StringComparison.Ordinal)) > passages.Count, "sentences found by shared entities");

        List<string> Related(DocumentCache c) =>
            [.. passages.SelectMany(p => new[] { 0, RelatedSentences.ComparedWhole }.Select(whole =>
                string.Join(" | ", RelatedSentences.Find(c, p.Article, c.Document(p.Article), p.Span, comparedWhole: whole)
                    .Select(r => $"{r.Article.Id} {r.Span} {r.Score:R} {string.Join(',', r.Shared)}"))))];
    }

    private static List<string> Describe(ArticleEntityUnits units) => [.. units.Units.Select(u => $"{u.Start}-{u.End}: {string.Join(' ', u.Entities)}")];
}
