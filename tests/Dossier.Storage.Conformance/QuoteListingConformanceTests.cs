using Dossier.Model;
using Dossier.Storage;

namespace Dossier.Storage.Conformance;

/// <summary>The quote listing (<see cref="IArticleStore.ListQuotes"/>): a store's answer is the one its documents give.</summary>
public abstract partial class ArticleStoreConformanceTests
{
    /// <summary>
    /// Four articles (dated, dated by a range, undated, one replaced by a second version) with quotes with and without
    /// speakers, entities, verbs and outlets (a store keeps no span outside the body: its writer refuses one).
    /// </summary>
    protected static IReadOnlyList<(ArticleRecord Record, Document Doc)> QuotedArticles()
    {
        var articles = new List<(ArticleRecord, Document)>();

        // Dated, with an outlet: three quotes, one without a speaker.
        const string tass = "“Ties are deep,” Peskov said. Lavrov denied it. Nobody knows.";
        var (a, ad) = Article("q-tass", "tass.txt", tass, "ht", new DateOnly(2024, 7, 5));
        ad.Quotes.Add(new QuoteMention(1, 14, "direct", new MentionRef(17, 23, "ent:person:dmitry-peskov"), "said") { VerbClass = "say" });
        ad.Quotes.Add(new QuoteMention(30, 47, "indirect", new MentionRef(30, 36, "ent:person:sergey-lavrov"), "denied") { VerbClass = "deny" });
        ad.Quotes.Add(new QuoteMention(48, 61, "indirect", null, "knows"));
        articles.Add((a with { Metadata = a.Metadata with { Outlet = "TASS" } }, ad));

        // Dated earlier, a wire and no outlet: the same speaker in other words, and a quote without any speaker.
        const string wire = "Mr. Peskov told reporters the deal holds. The deal holds, an official said.";
        var (b, bd) = Article("q-wire", "wire.txt", wire, "hw", new DateOnly(2024, 6, 30));
        bd.Quotes.Add(new QuoteMention(26, 40, "indirect", new MentionRef(0, 10, "ent:person:dmitry-peskov"), "told") { VerbClass = "say" });
        bd.Quotes.Add(new QuoteMention(42, 57, "direct", null, null));
        articles.Add((b with { Metadata = b.Metadata with { Wire = "Reuters" } }, bd));

        // Dated by an inferred range only.
        const string ranged = "Araghchi warned that talks would end. The Guardian reported it.";
        var (c, cd) = Article("q-range", "range.txt", ranged, "hr");
        cd.Quotes.Add(new QuoteMention(16, 36, "indirect", new MentionRef(0, 8), "warned") { VerbClass = "warn" });
        var range = new DateRange(new DateOnly(2024, 7, 1), new DateOnly(2024, 7, 3));
        articles.Add((c with { Metadata = c.Metadata with { PublishedRange = range, Outlet = "The Guardian" } }, cd));

        // Undated.
        const string undated = "PESKOV said nothing new. Araghchi agreed.";
        var (d, dd) = Article("q-none", "none.txt", undated, "hn");
        dd.Quotes.Add(new QuoteMention(12, 24, "indirect", new MentionRef(0, 6), "said") { VerbClass = "say" });
        articles.Add((d with { Metadata = d.Metadata with { Outlet = "Tasnim" } }, dd));
        return articles;
    }

    [Fact]
    public void The_quote_listing_is_what_the_current_documents_give_for_every_filter_order_and_page()
    {
        using var store = OpenStore();
        foreach (var (record, doc) in QuotedArticles())
        {
            store.Save(record, doc);
        }

        // A second version of the wire article: its quotes replace the first version's.
        var (v2, v2doc) = Article("q-wire", "wire.txt", "Mr. Peskov told reporters the deal is off.", "hw2", new DateOnly(2024, 6, 30));
        v2doc.Quotes.Add(new QuoteMention(26, 41, "indirect", new MentionRef(0, 10, "ent:person:dmitry-peskov"), "told") { VerbClass = "say" });
        store.Save(v2 with { Metadata = v2.Metadata with { Wire = "Reuters" } }, v2doc);

        using var reopened = Reopen(store);
        var everything = reopened.ListQuotes(new QuoteFilter(), QuoteOrder.Article, 0, 100);
        // Articles by date (the ranged one by its latest day), undated last; the old version's quotes gone.
        Assert.Equal(
            [("q-wire", 0), ("q-range", 0), ("q-tass", 0), ("q-tass", 1), ("q-tass", 2), ("q-none", 0)],
            everything.Quotes.Select(q => (q.Article, q.Index)));
        Assert.Equal(6, everything.Total);
        var tassQuotes = everything.Quotes.Where(q => q.Article == "q-tass").ToList();
        Assert.Equal(("Ties are deep", "Peskov", "ent:person:dmitry-peskov", "said", "say", "TASS", "2024-07-05"),
            (tassQuotes[0].Text, tassQuotes[0].Speaker, tassQuotes[0].SpeakerEntity, tassQuotes[0].Verb, tassQuotes[0].VerbClass, tassQuotes[0].Outlet, tassQuotes[0].Published));
        Assert.Null(tassQuotes[2].Speaker);
        Assert.Equal(("Reuters", (string?)null), (everything.Quotes[0].Outlet, everything.Quotes[1].Published));
        Assert.Equal("the deal is off", everything.Quotes[0].Text);

        var filters = new QuoteFilter[]
        {
            new(),
            new(Speaker: "peskov"),
            new(Speaker: "ent:person:dmitry-peskov"),
            new(Speaker: "ent:person"),
            new(Outlet: "tas"),
            new(Outlet: "reuters", Speaker: "PESKOV"),
            new(Verb: "say"),
            new(Verb: "DEN"),
            new(Article: "q-tass"),
            new(Article: "q-tass", Verb: "deny"),
            new(Article: "nowhere"),
            new(Speaker: "nobody at all"),
            // An entity's page: its id and the ids folded into it.
            new() { SpeakerEntities = new HashSet<string> { "ent:person:dmitry-peskov" } },
            new() { SpeakerEntities = new HashSet<string> { "ent:person:dmitry-peskov", "ent:person:sergey-lavrov", "ent:nobody" } },
            new(Outlet: "tass") { SpeakerEntities = new HashSet<string> { "ent:person:sergey-lavrov" } },
            new() { SpeakerEntities = new HashSet<string>() },
        };
        foreach (var filter in filters)
        {
            foreach (var order in new[] { QuoteOrder.Article, QuoteOrder.Speaker })
            {
                var whole = QuoteListing.FromDocuments(reopened, filter, order, 0, 100);
                for (int skip = 0; skip <= whole.Total + 1; skip++)
                {
                    foreach (int take in new[] { 0, 1, 2, 5 })
                    {
                        var page = reopened.ListQuotes(filter, order, skip, take);
                        Assert.Equal(whole.Total, page.Total);
                        Assert.Equal(whole.Quotes.Skip(skip).Take(take), page.Quotes);
                    }
                }
            }
        }

        Assert.Equal(3, reopened.ListQuotes(new QuoteFilter(Speaker: "peskov"), QuoteOrder.Article, 0, 10).Total);
        Assert.Empty(reopened.ListQuotes(new QuoteFilter(Speaker: "ent:person"), QuoteOrder.Article, 0, 10).Quotes);
        Assert.Equal(
            [("q-wire", 0), ("q-tass", 0), ("q-tass", 1)],
            reopened.ListQuotes(new QuoteFilter { SpeakerEntities = new HashSet<string> { "ent:person:dmitry-peskov", "ent:person:sergey-lavrov" } }, QuoteOrder.Article, 0, 10).Quotes.Select(q => (q.Article, q.Index)));
        // By speaker: code-point order (capitals first), quotes without a speaker last.
        Assert.Equal(
            ["Araghchi", "Lavrov", "Mr. Peskov", "PESKOV", "Peskov", null],
            reopened.ListQuotes(new QuoteFilter(), QuoteOrder.Speaker, 0, 10).Quotes.Select(q => q.Speaker));
    }
}
