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
}
