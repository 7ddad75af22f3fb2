using System.Text.Json;
using Dossier.Model;
using Dossier.Storage;

namespace Dossier.Storage.Conformance;

/// <summary>The event listing (<see cref="IArticleStore.ListEvents"/>): a store's answer is the one its documents give.</summary>
public abstract partial class ArticleStoreConformanceTests
{
    /// <summary>
    /// Three articles (dated, undated, one replaced by a second version) with events dated and undated, of several codes
    /// and modalities, with and without actors, one naming its sentence and one naming none (its unit is found).
    /// </summary>
    protected static IReadOnlyList<(ArticleRecord Record, Document Doc)> EventedArticles()
    {
        var articles = new List<(ArticleRecord, Document)>();
        const string tass = "Putin met Mokhber in Astana. Iran denied the report. Russia will sign a treaty.";
        var (a, ad) = Article("e-tass", "e-tass.txt", tass, "et", new DateOnly(2024, 7, 5));
        int S(string text, string word) => text.IndexOf(word, StringComparison.Ordinal);
        ad.Events.Add(new EventMention("040", "consult", new TextSpan(S(tass, "met"), S(tass, "met") + 3), "asserted")
        {
            Sources = [new EventActor(0, 5, "ent:person:vladimir-putin", "RUSGOV")],
            Targets = [new EventActor(10, 17, "ent:person:mohammad-mokhber", "IRNGOV")],
            Date = "2024-07-04",
            Sentence = 0,
        });
        ad.Events.Add(new EventMention("111", "deny", new TextSpan(S(tass, "denied"), S(tass, "denied") + 6), "asserted")
        {
            Sources = [new EventActor(S(tass, "Iran"), S(tass, "Iran") + 4, "ent:IRN", "IRN")],
        });
        ad.Events.Add(new EventMention("057", "sign formal agreement", new TextSpan(S(tass, "sign"), S(tass, "sign") + 4), "future")
        {
            Sources = [new EventActor(S(tass, "Russia"), S(tass, "Russia") + 6, "ent:RUS", "RUS")],
            Date = "2024-07",
        });
        articles.Add((a with { Metadata = a.Metadata with { Outlet = "TASS" } }, ad));

        const string wire = "Lavrov met Araghchi. They spoke of Iran.";
        var (b, bd) = Article("e-wire", "e-wire.txt", wire, "ew", new DateOnly(2024, 7, 1));
        bd.Events.Add(new EventMention("040", "consult", new TextSpan(7, 10), "reported")
        {
            Sources = [new EventActor(0, 6, null, "RUSGOV")],
            Targets = [new EventActor(11, 19, "ent:person:abbas-araghchi", null)],
            Date = "2024-07-04",
            Sentence = 0,
        });
        articles.Add((b with { Metadata = b.Metadata with { Wire = "Reuters" } }, bd));

        const string undated = "Tehran and Moscow talked.";
        var (c, cd) = Article("e-none", "e-none.txt", undated, "en");
        cd.Events.Add(new EventMention("040", "consult", new TextSpan(18, 24), "asserted")
        {
            Sources = [new EventActor(0, 6, "ent:IRN", "IRN")],
            Targets = [new EventActor(11, 17, "ent:RUS", "RUS")],
            Date = "2024-07-04",
        });
        articles.Add((c, cd));
        return articles;
    }

    [Fact]
    public void The_event_listing_is_what_the_current_documents_give_for_every_filter_and_page()
    {
        using var store = OpenStore();
        foreach (var (record, doc) in EventedArticles())
        {
            store.Save(record, doc);
        }

        // A second version of the wire article: its events replace the first version's.
        const string v2body = "Lavrov met Araghchi again. They spoke of Iran.";
        var (v2, v2doc) = Article("e-wire", "e-wire.txt", v2body, "ew2", new DateOnly(2024, 7, 1));
        v2doc.Events.Add(new EventMention("040", "consult", new TextSpan(7, 10), "reported")
        {
            Sources = [new EventActor(0, 6, null, "RUSGOV")],
            Targets = [new EventActor(11, 19, "ent:person:abbas-araghchi", null)],
            Date = "2024-07-05",
            Sentence = 0,
        });
        store.Save(v2 with { Metadata = v2.Metadata with { Wire = "Reuters" } }, v2doc);

        using var reopened = Reopen(store);
        var everything = reopened.ListEvents(new EventFilter(), 0, 100);
        // By date (undated last), then the articles' order (dated first).
        Assert.Equal(
            [("e-tass", 2), ("e-tass", 0), ("e-none", 0), ("e-wire", 0), ("e-tass", 1)],
            everything.Events.Select(e => (e.Article, e.Index)));
        Assert.Equal(5, everything.Total);
        var met = everything.Events[1];
        Assert.Equal(("met", "Putin met Mokhber in Astana.", "Putin", "RUSGOV", "Mokhber", "TASS"),
            (met.TriggerText, met.EvidenceText, met.Sources[0].Text, met.Sources[0].Code, met.Targets[0].Text, met.Outlet));
        // No sentence named: the sentence that holds the trigger.
        Assert.Equal("Iran denied the report.", everything.Events[4].EvidenceText);
        Assert.Equal(("Lavrov met Araghchi again.", "Reuters"), (everything.Events[3].EvidenceText, everything.Events[3].Outlet));

        var filters = new EventFilter[]
        {
            new(),
            new(Code: "04"),
            new(Code: "0"),
            new(Code: "111"),
            new(Code: "2"),
            new(Modality: "asserted"),
            new(Actor: "RUSGOV"),
            new(Actor: "ent:IRN"),
            new(Actor: "mokh"),
            new(Actor: "IRAN"),
            new(Actor: "ent:person"),
            new(Code: "04", Actor: "mosc", Modality: "asserted"),
            new(Article: "e-tass"),
            new(Article: "e-tass", Code: "05"),
            new(Article: "nowhere"),
        };
        foreach (var filter in filters)
        {
            var whole = EventListing.FromDocuments(reopened, filter, 0, 100);
            for (int skip = 0; skip <= whole.Total + 1; skip++)
            {
                foreach (int take in new[] { 0, 1, 2, 5 })
                {
                    var page = reopened.ListEvents(filter, skip, take);
                    Assert.Equal(whole.Total, page.Total);
                    Assert.Equal(Show(whole.Events.Skip(skip).Take(take)), Show(page.Events));
                }
            }
        }

        Assert.Equal(3, reopened.ListEvents(new EventFilter(Code: "04"), 0, 10).Total);
        Assert.Equal(1, reopened.ListEvents(new EventFilter(Actor: "IRAN"), 0, 10).Total);
        Assert.Empty(reopened.ListEvents(new EventFilter(Actor: "ent:person"), 0, 10).Events);
    }

    /// <summary>Listed events as JSON: their actor lists compared by content.</summary>
    protected static string Show(IEnumerable<ListedEvent> events) => JsonSerializer.Serialize(events.ToList());
}
