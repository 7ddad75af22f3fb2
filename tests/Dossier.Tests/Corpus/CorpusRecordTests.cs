using System.Runtime.CompilerServices;
using Dossier.Corpus;
using Dossier.Corpus.Entities;
using Dossier.Corpus.EventMerging;
using Dossier.Model;

namespace Dossier.Tests.Corpus;

/// <summary>
/// The per-article records the corpus stages take while a document is at hand: on the five seed articles, the stages
/// over the records give what they give over the documents, the records keep no document alive, and only the undated
/// articles whose dates are pinned are read again.
/// </summary>
public sealed class CorpusRecordTests
{
    [Fact]
    public void Stages_over_records_give_what_they_give_over_documents_reading_only_pinned_undated_articles_again()
    {
        var articles = AnnotatedSeeds.Articles();
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var pool = new StringPool();
        var stage = new EventMergingStage();
        var signatures = articles.Select(ArticleSignature.Of).ToList();
        var terms = articles.Select(a => StoryClusterer.Read(a, pool)).ToList();
        var nodes = articles.SelectMany(a => CorpusEntityResolver.Read(a, pool)).ToList();
        var events = articles.Select(a => stage.Read(a, pool)).ToList();
        var reloaded = new List<string>();

        var dup = new DuplicateDetector().Detect(signatures);
        var stories = new StoryClusterer().Cluster(terms);
        var entities = new CorpusEntityResolver().Resolve(nodes);
        var merged = stage.Run(events, dup, stories, id =>
        {
            reloaded.Add(id);
            return byId[id].Document;
        });

        var fullDup = new DuplicateDetector().Detect(articles);
        var fullStories = new StoryClusterer().Cluster(articles);
        var fullMerged = new EventMergingStage().Run(articles, fullDup, fullStories);
        Assert.Equal(fullDup.UnitOf, dup.UnitOf);
        Assert.Equal(Json(fullStories), Json(stories));
        Assert.Equal(Json(new CorpusEntityResolver().Resolve(articles)), Json(entities));
        Assert.Equal(Json(fullMerged.Events), Json(merged.Events));
        Assert.Equal(fullMerged.PublishedRanges, merged.PublishedRanges);
        Assert.NotEmpty(merged.PublishedRanges);

        // Each pinned undated article is read once, whatever the number of rounds; dated articles never.
        Assert.NotEmpty(reloaded);
        Assert.Equal(reloaded.Distinct(StringComparer.Ordinal).Count(), reloaded.Count);
        Assert.All(reloaded, id => Assert.Null(byId[id].Metadata.Published));
        Assert.All(merged.PublishedRanges.Keys, id => Assert.Contains(id, reloaded));
    }

    [Fact]
    public void The_records_keep_no_document_alive()
    {
        var (records, document) = RecordsOfACopy(AnnotatedSeeds.Articles().First(a => a.Metadata.Published is not null));

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(document.IsAlive);
        Assert.NotEmpty(((ArticleEvents)records[3]).Reports);
        GC.KeepAlive(records);
    }

    [Fact]
    public void A_dated_article_keeps_its_reports_and_an_undated_one_its_expressions()
    {
        var articles = AnnotatedSeeds.Articles();
        var stage = new EventMergingStage();

        foreach (var a in articles)
        {
            var record = stage.Read(a);
            if (a.Metadata.Published is not null)
            {
                Assert.Null(record.Dating);
                Assert.Empty(record.Pins);
                int groups = a.Document.Events.Where(e => e.Sentence >= 0).Select(e => (e.Sentence, e.Trigger.Start, e.Code)).Distinct().Count();
                Assert.Equal(groups, record.Reports.Count);
                Assert.All(record.Reports, r => Assert.Equal(a.Id, r.Article));
            }
            else
            {
                Assert.NotNull(record.Dating);
                Assert.True(record.Pins.Count > 0 || record.Reports.Count > 0);
            }
        }
    }

    [Fact]
    public void Terms_count_words_once_each_in_first_order_and_entities_three_times()
    {
        foreach (var a in AnnotatedSeeds.Articles())
        {
            var terms = StoryClusterer.Read(a);

            Assert.Equal(terms.Terms.Length, terms.Terms.Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(terms.Terms.Length, terms.Counts.Length);
            var mentions = a.Document.Entities.Where(e => e.EntityId is not null).GroupBy(e => e.EntityId!, StringComparer.Ordinal).ToList();
            Assert.NotEmpty(mentions);
            foreach (var g in mentions)
            {
                Assert.Equal(3 * g.Count(), terms.Counts[Array.IndexOf(terms.Terms, "@" + g.Key)]);
            }

            string firstWord = new string([.. (a.Metadata.Title ?? a.Document.Text).SkipWhile(c => !char.IsLetter(c)).TakeWhile(char.IsLetterOrDigit)]).ToLowerInvariant();
            Assert.True(firstWord.Length <= 2 || terms.Terms[0] == firstWord || Array.IndexOf(terms.Terms, firstWord) < 0, $"{a.Id}: first term {terms.Terms[0]}, first word {firstWord}");
        }
    }

    [Fact]
    public void Entity_nodes_hold_their_mentions_text_shared_across_articles()
    {
        var pool = new StringPool();
        var articles = AnnotatedSeeds.Articles();
        var nodes = articles.SelectMany(a => CorpusEntityResolver.Read(a, pool)).ToList();

        var byId = articles.ToDictionary(a => a.Id, a => a.Document.Text, StringComparer.Ordinal);
        Assert.All(nodes.SelectMany(n => n.Mentions), m => Assert.Equal(byId[m.Article][m.Start..m.End], m.Text));
        var putin = nodes.SelectMany(n => n.Mentions).Where(m => m.Text == "Putin").ToList();
        Assert.True(putin.Select(m => m.Article).Distinct(StringComparer.Ordinal).Count() > 1);
        Assert.All(putin, m => Assert.Same(putin[0].Text, m.Text));
    }

    /// <summary>The four records of a copy of the article's document, and a weak reference to that copy.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (object[] Records, WeakReference Document) RecordsOfACopy(CorpusArticle article)
    {
        var copy = new CorpusArticle(article.Id, article.Document.WithoutTokens(quotes: true));
        object[] records =
        [
            ArticleSignature.Of(copy),
            StoryClusterer.Read(copy),
            CorpusEntityResolver.Read(copy),
            new EventMergingStage().Read(copy),
        ];
        return (records, new WeakReference(copy.Document));
    }

    private static string Json<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value);
}
