using System.Globalization;
using System.Text.Json;
using Dossier.Corpus;
using Dossier.Corpus.Agreements;
using Dossier.Corpus.Claims;
using Dossier.Model;
using Dossier.Storage;

namespace Dossier.Contracts;

/// <summary>
/// Writes the knowledge base as contract §2 (<c>dossier.export/1</c>). Articles carry their stored body, which all
/// evidence offsets index. Entities and quotes come from the stored per-article annotations; events, stories, the
/// timeline, dyad trends, claims and agreements from the corpus stages (events merged across articles).
/// </summary>
public static class ExportJsonWriter
{
    public const string Schema = "dossier.export/1";

    public static void Write(Utf8JsonWriter w, IArticleStore store)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(store);
        var articles = store.ListArticles();
        var docs = articles.Select(a => (Article: a, Doc: store.LoadDocument(a))).ToList();
        var corpus = store.LoadCorpus();
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        w.WriteStartArray("articles");
        foreach (var a in articles)
        {
            WriteArticle(w, a, includeBody: true, corpus);
        }

        w.WriteEndArray();
        WriteEntities(w, docs);
        EventJsonWriter.WriteEvents(w, corpus.Events, articles.ToDictionary(a => a.Id, a => a.Body, StringComparer.Ordinal));
        WriteQuotes(w, docs);
        w.WriteStartArray("claims");
        foreach (var claim in corpus.Claims)
        {
            ClaimJson.Write(w, claim);
        }

        w.WriteEndArray();
        w.WriteStartArray("agreements");
        foreach (var agreement in corpus.Agreements)
        {
            AgreementJson.Write(w, agreement);
        }

        w.WriteEndArray();
        WriteStories(w, corpus);
        WriteTimelineAndDyads(w, corpus);
        w.WriteEndObject();
    }

    /// <summary>The whole event timeline (contract §3 shape) and the month-by-month trend of every pair of countries.</summary>
    private static void WriteTimelineAndDyads(Utf8JsonWriter w, CorpusSnapshot corpus)
    {
        w.WritePropertyName("timeline");
        TimelineJsonWriter.Write(w, Corpus.Timelines.EventTimeline.Build(corpus, new Corpus.Timelines.TimelineQuery()));
        w.WriteStartArray("dyads");
        foreach (var trend in Corpus.Dyads.DyadTrends.CountryPairs(corpus))
        {
            DyadJsonWriter.Write(w, trend, expandEvents: false);
        }

        w.WriteEndArray();
    }

    private static void WriteStories(Utf8JsonWriter w, CorpusSnapshot corpus)
    {
        w.WriteStartArray("stories");
        foreach (var story in corpus.Stories)
        {
            w.WriteStartObject();
            w.WriteString("id", story.Id);
            w.WriteString("title", story.Title);
            w.WriteStartArray("articles");
            foreach (string a in story.Articles)
            {
                w.WriteStringValue(a);
            }

            w.WriteEndArray();
            DocumentJsonWriter.WriteNullable(w, "first", story.First is { } f ? DocumentJsonWriter.Iso(f) : null);
            DocumentJsonWriter.WriteNullable(w, "last", story.Last is { } l ? DocumentJsonWriter.Iso(l) : null);
            w.WriteNumber("independent_sources", corpus.IndependentSources(story.Articles));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>One article object of contract §2.</summary>
    public static void WriteArticle(Utf8JsonWriter w, ArticleRecord a, bool includeBody, CorpusSnapshot? corpus = null)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(a);
        var m = a.Metadata;
        w.WriteStartObject();
        w.WriteString("id", a.Id);
        w.WriteString("source", a.Source);
        DocumentJsonWriter.WriteNullable(w, "title", m.Title);
        DocumentJsonWriter.WriteNullable(w, "outlet", m.Outlet);
        DocumentJsonWriter.WriteNullable(w, "url", m.Url);
        DocumentJsonWriter.WriteNullable(w, "wire", m.Wire);
        DocumentJsonWriter.WriteNullable(w, "published", m.Published is { } p ? DocumentJsonWriter.Iso(p) : null);
        if ((corpus is null ? m.PublishedRange : corpus.PublishedRangeOf(a.Id, m)) is { } r)
        {
            w.WriteStartArray("published_range");
            w.WriteStringValue(DocumentJsonWriter.Iso(r.Earliest));
            w.WriteStringValue(DocumentJsonWriter.Iso(r.Latest));
            w.WriteEndArray();
        }
        else
        {
            w.WriteNull("published_range");
        }

        DocumentJsonWriter.WriteNullable(w, "dateline", m.Dateline);
        DocumentJsonWriter.WriteNullable(w, "byline", m.Byline);
        w.WriteNumber("version", a.Version);
        if (includeBody)
        {
            w.WriteString("body", a.Body);
        }

        w.WriteStartArray("captions");
        foreach (string c in m.Captions)
        {
            w.WriteStringValue(c);
        }

        w.WriteEndArray();
        DocumentJsonWriter.WriteNullable(w, "duplicate_of", corpus is not null && corpus.DuplicateOf.TryGetValue(a.Id, out var original) ? original : null);
        DocumentJsonWriter.WriteNullable(w, "story", corpus?.StoryOf(a.Id)?.Id);
        w.WriteEndObject();
    }

    private static void WriteEntities(Utf8JsonWriter w, List<(ArticleRecord Article, Document Doc)> docs)
    {
        var groups = docs
            .SelectMany(d => d.Doc.Entities.Where(e => e.EntityId is not null).Select(e => (Id: e.EntityId!, e.Type, Text: d.Doc.Text[e.Start..e.End])))
            .GroupBy(e => e.Id, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        w.WriteStartArray("entities");
        foreach (var g in groups)
        {
            var names = g.GroupBy(e => e.Text, StringComparer.Ordinal).OrderByDescending(n => n.Key.Length).ThenByDescending(n => n.Count()).Select(n => n.Key).ToList();
            w.WriteStartObject();
            w.WriteString("id", g.Key);
            w.WriteString("name", names[0]);
            w.WriteString("type", g.GroupBy(e => e.Type, StringComparer.Ordinal).OrderByDescending(t => t.Count()).First().Key);
            w.WriteStartArray("aliases");
            foreach (string alias in names.Skip(1))
            {
                w.WriteStringValue(alias);
            }

            w.WriteEndArray();
            w.WriteStartArray("roles");
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteQuotes(Utf8JsonWriter w, List<(ArticleRecord Article, Document Doc)> docs)
    {
        w.WriteStartArray("quotes");
        foreach (var (article, doc) in docs)
        {
            for (int i = 0; i < doc.Quotes.Count; i++)
            {
                WriteQuote(w, article, doc, i);
            }
        }

        w.WriteEndArray();
    }

    /// <summary>Writes one quote as the export contract's quote object (used by <c>dossier quotes --format json</c> too).</summary>
    public static void WriteQuote(Utf8JsonWriter w, ArticleRecord article, Document doc, int i)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(doc);
        var q = doc.Quotes[i];
        w.WriteStartObject();
        w.WriteString("id", string.Create(CultureInfo.InvariantCulture, $"q:{article.Id}:{i}"));
        w.WriteString("text", doc.Text.AsSpan(q.Start, q.End - q.Start));
        w.WriteString("kind", q.Kind);
        DocumentJsonWriter.WriteNullable(w, "speaker", q.Speaker?.EntityId);
        DocumentJsonWriter.WriteNullable(w, "speaker_text", q.Speaker is { } s ? doc.Text[s.Start..s.End] : null);
        DocumentJsonWriter.WriteNullable(w, "verb", q.Verb);
        DocumentJsonWriter.WriteNullable(w, "verb_class", q.VerbClass);
        DocumentJsonWriter.WriteNullable(w, "conduit", q.Conduit?.EntityId);
        DocumentJsonWriter.WriteNullable(w, "conduit_text", q.Conduit is { } c ? doc.Text[c.Start..c.End] : null);
        w.WriteString("article", article.Id);
        w.WriteNumber("start", q.Start);
        w.WriteNumber("end", q.End);
        int sentence = doc.SentenceAt(q.Start);
        DocumentJsonWriter.WriteNullable(w, "date", q.Date ?? doc.Timexes.FirstOrDefault(t => t.Sentence == sentence && t.Type == "DATE" && t.Value is not null)?.Value
            ?? (doc.Metadata.Published is { } p ? DocumentJsonWriter.Iso(p) : null));
        w.WriteEndObject();
    }
}
