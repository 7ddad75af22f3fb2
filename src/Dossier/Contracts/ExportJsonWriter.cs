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
/// timeline, dyad trends, claims and agreements from the corpus stages (events merged across articles). The documents
/// are read one at a time, twice (for the entities, then for the quotes), not held together, and what is written goes
/// to the writer's stream every <see cref="FlushAt"/> bytes instead of being held until the end.
/// </summary>
public static class ExportJsonWriter
{
    public const string Schema = "dossier.export/1";

    /// <summary>How many bytes the writer holds before they are written to its stream.</summary>
    private const int FlushAt = 1 << 16;

    public static void Write(Utf8JsonWriter w, IArticleStore store)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(store);
        var articles = store.ListArticles();
        var docs = articles.Select(a => (Article: a, Doc: store.LoadDocument(a)));
        var corpus = store.LoadCorpus();
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        w.WriteStartArray("articles");
        foreach (var a in articles)
        {
            WriteArticle(w, a, includeBody: true, corpus);
            Flush(w);
        }

        w.WriteEndArray();
        WriteEntities(w, docs);
        var bodies = articles.ToDictionary(a => a.Id, a => a.Body, StringComparer.Ordinal);
        w.WriteStartArray("events");
        foreach (var e in corpus.Events)
        {
            EventJsonWriter.Write(w, e, bodies);
            Flush(w);
        }

        w.WriteEndArray();
        WriteQuotes(w, docs);
        w.WriteStartArray("claims");
        foreach (var claim in corpus.Claims)
        {
            ClaimJson.Write(w, claim);
            Flush(w);
        }

        w.WriteEndArray();
        w.WriteStartArray("agreements");
        foreach (var agreement in corpus.Agreements)
        {
            AgreementJson.Write(w, agreement);
            Flush(w);
        }

        w.WriteEndArray();
        WriteStories(w, corpus);
        WriteTimelineAndDyads(w, corpus);
        w.WriteEndObject();
    }

    /// <summary>Writes what the writer holds to its stream once it holds <see cref="FlushAt"/> bytes.</summary>
    private static void Flush(Utf8JsonWriter w)
    {
        if (w.BytesPending >= FlushAt)
        {
            w.Flush();
        }
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
            Flush(w);
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
            Flush(w);
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

    /// <summary>
    /// Each resolved entity of the documents (read one at a time): its names, longest first, then most frequent, then
    /// in the order each first occurs; its most frequent type, the first to occur on a tie.
    /// </summary>
    private static void WriteEntities(Utf8JsonWriter w, IEnumerable<(ArticleRecord Article, Document Doc)> docs)
    {
        var groups = new Dictionary<string, (Tally Names, Tally Types)>(StringComparer.Ordinal);
        foreach (var (_, doc) in docs)
        {
            foreach (var e in doc.Entities)
            {
                if (e.EntityId is not { } id)
                {
                    continue;
                }

                if (!groups.TryGetValue(id, out var group))
                {
                    groups.Add(id, group = (new Tally(), new Tally()));
                }

                group.Names.Add(doc.Text[e.Start..e.End]);
                group.Types.Add(e.Type);
            }
        }

        w.WriteStartArray("entities");
        foreach (var (id, (tally, types)) in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var names = tally.InOrder().OrderByDescending(n => n.Key.Length).ThenByDescending(n => n.Count).Select(n => n.Key).ToList();
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteString("name", names[0]);
            w.WriteString("type", types.InOrder().OrderByDescending(t => t.Count).First().Key);
            w.WriteStartArray("aliases");
            foreach (string alias in names.Skip(1))
            {
                w.WriteStringValue(alias);
            }

            w.WriteEndArray();
            w.WriteStartArray("roles");
            w.WriteEndArray();
            w.WriteEndObject();
            Flush(w);
        }

        w.WriteEndArray();
    }

    private static void WriteQuotes(Utf8JsonWriter w, IEnumerable<(ArticleRecord Article, Document Doc)> docs)
    {
        w.WriteStartArray("quotes");
        foreach (var (article, doc) in docs)
        {
            for (int i = 0; i < doc.Quotes.Count; i++)
            {
                WriteQuote(w, article, doc, i);
            }

            Flush(w);
        }

        w.WriteEndArray();
    }

    /// <summary>How often each value occurs, in the order each first occurs.</summary>
    private sealed class Tally
    {
        private readonly Dictionary<string, int> at = new(StringComparer.Ordinal);
        private readonly List<(string Key, int Count)> counts = [];

        public void Add(string value)
        {
            if (at.TryGetValue(value, out int i))
            {
                counts[i] = (value, counts[i].Count + 1);
            }
            else
            {
                at.Add(value, counts.Count);
                counts.Add((value, 1));
            }
        }

        public IEnumerable<(string Key, int Count)> InOrder() => counts;
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
