using Dossier.Contracts;
using Dossier.Corpus.Entities;
using Dossier.Web.Api;
using Dossier.Web.Storage;

namespace Dossier.Web.Exports;

/// <summary>The CSV exports: articles, quotes, entities, and events in GDELT-like columns, each sent a batch at a time as it is read.</summary>
internal static class CsvExports
{
    public static readonly string[] Kinds = ["articles", "quotes", "events", "entities"];

    /// <summary>How many articles the articles export reads at a time.</summary>
    private const int ArticleRows = 2_000;

    /// <summary>How many quotes the quotes export reads from the store at a time.</summary>
    private const int QuotePage = 20_000;

    /// <summary>How many articles the events export reads at a time.</summary>
    private const int ArticlePage = 500;

    /// <summary>How many groups of mentions the entities export reads at a time.</summary>
    private const int EntityRows = 5_000;

    /// <summary>The writer of one export, or null when <paramref name="kind"/> is none: each sends its table a batch at a time.</summary>
    public static Func<Stream, DocumentCache, CancellationToken, Task>? Writer(string kind) => kind switch
    {
        "articles" => (output, corpus, cancel) => WriteArticlesAsync(output, corpus, cancel),
        "quotes" => (output, corpus, cancel) => WriteQuotesAsync(output, corpus, cancel),
        "events" => (output, corpus, cancel) => WriteEventsAsync(output, corpus, cancel),
        "entities" => (output, corpus, cancel) => WriteEntitiesAsync(output, corpus, cancel),
        _ => null,
    };

    /// <summary>Writes the articles export (each current article's metadata, in the articles' order) <paramref name="rows"/> articles at a time.</summary>
    public static Task WriteArticlesAsync(Stream output, DocumentCache corpus, CancellationToken cancel, int rows = ArticleRows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        var csv = new Csv("id", "source", "version", "title", "outlet", "wire", "published", "published_from", "published_to", "dateline", "byline", "url", "characters");
        return InBatchesAsync(output, csv, cancel, skip =>
        {
            var page = corpus.Store.ListArticles(skip, rows);
            return (page, page.Count == rows);
        }, (csv, a) =>
        {
            var m = a.Metadata;
            csv.Row(a.Id, a.Source, a.Version, m.Title, m.Outlet, m.Wire, Api.Dto.ArticleSummary.Iso(m.Published),
                Api.Dto.ArticleSummary.Iso(m.PublishedRange?.Earliest), Api.Dto.ArticleSummary.Iso(m.PublishedRange?.Latest),
                m.Dateline, m.Byline, m.Url, a.Body.Length);
        });
    }

    /// <summary>
    /// Writes the quotes export to <paramref name="output"/> as it reads it: the store's quote rows in the articles'
    /// order, <paramref name="rows"/> at a time, each page's rows sent before the next is read, so that neither the
    /// documents nor the whole table are held (at 100,000 articles the table is ≈ 300 MB).
    /// </summary>
    /// <param name="output">Where the table is written.</param>
    /// <param name="corpus">The store read.</param>
    /// <param name="cancel">Stops the export (the client went away).</param>
    /// <param name="rows">How many quotes are read at a time.</param>
    public static Task WriteQuotesAsync(Stream output, DocumentCache corpus, CancellationToken cancel, int rows = QuotePage)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        var csv = new Csv("article", "start", "end", "kind", "speaker", "speaker_entity", "verb", "verb_class", "outlet", "published", "text");
        return InBatchesAsync(output, csv, cancel, skip =>
        {
            var page = corpus.Store.ListQuotes(new Dossier.Storage.QuoteFilter(), Dossier.Storage.QuoteOrder.Article, skip, rows);
            return (page.Quotes, skip + rows < page.Total);
        }, (csv, q) => csv.Row(q.Article, q.Start, q.End, q.Kind, q.Speaker, q.SpeakerEntity, q.Verb, q.VerbClass, q.Outlet, q.Published, q.Text));
    }

    /// <summary>
    /// Writes the events export to <paramref name="output"/> as it reads it. The columns are the GDELT 2.0 event table's
    /// where Dossier has the value (SQLDATE, Actor1Name, Actor1Code, EventCode, EventRootCode, NumSources, SOURCEURL…),
    /// then Dossier's own: modality and evidence offsets. GoldsteinScale and QuadClass stay empty until the event coder
    /// provides them. Dossier's non-CAMEO types (DIE, OFFICE) keep their code in EventCode with empty base and root
    /// codes. The articles are read <paramref name="articles"/> at a time in the articles' order, each article's
    /// events from the store's event rows in the article's order; each batch's rows are sent before the next is read.
    /// </summary>
    /// <param name="output">Where the table is written.</param>
    /// <param name="corpus">The store read.</param>
    /// <param name="cancel">Stops the export (the client went away).</param>
    /// <param name="articles">How many articles are read at a time.</param>
    public static Task WriteEventsAsync(Stream output, DocumentCache corpus, CancellationToken cancel, int articles = ArticlePage)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(articles, 1);
        var csv = new Csv("GLOBALEVENTID", "SQLDATE", "DateValue", "Actor1Name", "Actor1Code", "Actor2Name", "Actor2Code", "IsRootEvent",
            "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumSources", "NumArticles", "SOURCEURL",
            "Modality", "Label", "Article", "EvidenceStart", "EvidenceEnd", "Sentence");
        return InBatchesAsync(output, csv, cancel, skip =>
        {
            var page = corpus.Store.ListArticles(skip, articles);
            return (page, page.Count == articles);
        }, (csv, a) =>
        {
            // The article's event rows, in the article's order.
            var listed = corpus.Store.ListEvents(new Dossier.Storage.EventFilter(Article: a.Id), 0, int.MaxValue).Events.OrderBy(e => e.Index);
            int i = 0;
            foreach (var e in listed.Select(AnnotationViews.Event))
            {
                var (earliest, latest) = TimexBounds.Of(e.Date);
                string? sqlDate = earliest is not null && earliest == latest ? earliest.Replace("-", string.Empty, StringComparison.Ordinal) : null;
                var s = e.Sources.FirstOrDefault();
                var t = e.Targets.FirstOrDefault();
                csv.Row($"evt:{a.Id}:{i++}", sqlDate, e.Date, s?.Text, s?.Code, t?.Text, t?.Code, null,
                    e.Code, Prefix(e.Code, 3), Prefix(e.Code, 2), null, null, 1, 1,
                    a.Metadata.Url ?? a.Source, e.Modality, e.Label, a.Id, e.Evidence.Start, e.Evidence.End, e.Evidence.Text);
            }
        });
    }

    /// <summary>
    /// Writes the entities export (the mentions grouped across articles, as <c>/api/entities</c> lists them)
    /// <paramref name="rows"/> groups at a time from the mention listing the snapshot is saved with; a snapshot saved
    /// before it has its groups made once from every current document.
    /// </summary>
    public static Task WriteEntitiesAsync(Stream output, DocumentCache corpus, CancellationToken cancel, int rows = EntityRows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        var csv = new Csv("key", "entity", "name", "type", "names", "mentions", "articles");
        var all = MentionListing.Read(corpus.Store) is null ? AnnotationsApi.MentionGroups(corpus, new MentionFilter(), 0, int.MaxValue).Items : null;
        return InBatchesAsync(output, csv, cancel, skip =>
        {
            var (items, total) = all is null ? AnnotationsApi.MentionGroups(corpus, new MentionFilter(), skip, rows) : ([.. all.Skip(skip).Take(rows)], all.Count);
            return (items, skip + rows < total);
        }, (csv, e) => csv.Row(e.Key, e.Entity, e.Name, e.Type, string.Join("|", e.Names), e.Mentions, string.Join("|", e.Articles)));
    }

    /// <summary>
    /// Writes a table a batch at a time: <paramref name="read"/> gives the items after the first <c>skip</c> (and
    /// whether more may follow), each batch's rows are sent before the next batch is read, so that the table is never
    /// held whole.
    /// </summary>
    private static async Task InBatchesAsync<T>(Stream output, Csv csv, CancellationToken cancel, Func<int, (IReadOnlyList<T> Items, bool More)> read, Action<Csv, T> row)
    {
        for (int skip = 0; ;)
        {
            var (items, more) = read(skip);
            foreach (var item in items)
            {
                row(csv, item);
            }

            await csv.FlushToAsync(output, cancel).ConfigureAwait(false);
            skip += items.Count;
            if (!more || items.Count == 0)
            {
                return;
            }
        }
    }

    /// <summary>CAMEO base and root codes are prefixes of the code; Dossier's own types (DIE, OFFICE) have none.</summary>
    private static string? Prefix(string code, int length) =>
        code.Length > 0 && code.All(char.IsAsciiDigit) ? (code.Length >= length ? code[..length] : code) : null;
}
