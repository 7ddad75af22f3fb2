using Dossier.Contracts;
using Dossier.Web.Api;
using Dossier.Web.Storage;

namespace Dossier.Web.Exports;

/// <summary>The CSV exports: articles, quotes, entities, and events in GDELT-like columns.</summary>
internal static class CsvExports
{
    public static readonly string[] Kinds = ["articles", "quotes", "events", "entities"];

    /// <summary>The exports written as they are read (<see cref="WriteQuotesAsync"/>, <see cref="WriteEventsAsync"/>) rather than made whole by <see cref="Write"/>.</summary>
    public static bool Streamed(string kind) => kind is "quotes" or "events";

    public static string? Write(string kind, DocumentCache corpus) => kind switch
    {
        "articles" => Articles(corpus),
        "entities" => Entities(corpus),
        _ => null,
    };

    private static string Articles(DocumentCache corpus)
    {
        var csv = new Csv("id", "source", "version", "title", "outlet", "wire", "published", "published_from", "published_to", "dateline", "byline", "url", "characters");
        foreach (var a in corpus.Articles())
        {
            var m = a.Metadata;
            csv.Row(a.Id, a.Source, a.Version, m.Title, m.Outlet, m.Wire, Api.Dto.ArticleSummary.Iso(m.Published),
                Api.Dto.ArticleSummary.Iso(m.PublishedRange?.Earliest), Api.Dto.ArticleSummary.Iso(m.PublishedRange?.Latest),
                m.Dateline, m.Byline, m.Url, a.Body.Length);
        }

        return csv.ToString();
    }

    /// <summary>How many quotes the quotes export reads from the store at a time.</summary>
    private const int QuotePage = 20_000;

    /// <summary>
    /// Writes the quotes export to <paramref name="output"/> as it reads it: the store's quote rows in the articles'
    /// order, <paramref name="rows"/> at a time, each page's rows sent before the next is read, so that neither the
    /// documents nor the whole table are held (at 100,000 articles the table is ≈ 300 MB).
    /// </summary>
    /// <param name="output">Where the table is written.</param>
    /// <param name="corpus">The store read.</param>
    /// <param name="cancel">Stops the export (the client went away).</param>
    /// <param name="rows">How many quotes are read at a time.</param>
    public static async Task WriteQuotesAsync(Stream output, DocumentCache corpus, CancellationToken cancel, int rows = QuotePage)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        var csv = new Csv("article", "start", "end", "kind", "speaker", "speaker_entity", "verb", "verb_class", "outlet", "published", "text");
        for (int skip = 0; ; skip += rows)
        {
            var page = corpus.Store.ListQuotes(new Dossier.Storage.QuoteFilter(), Dossier.Storage.QuoteOrder.Article, skip, rows);
            foreach (var q in page.Quotes)
            {
                csv.Row(q.Article, q.Start, q.End, q.Kind, q.Speaker, q.SpeakerEntity, q.Verb, q.VerbClass, q.Outlet, q.Published, q.Text);
            }

            await csv.FlushToAsync(output, cancel).ConfigureAwait(false);
            if (skip + rows >= page.Total)
            {
                return;
            }
        }
    }

    /// <summary>How many articles the events export reads at a time.</summary>
    private const int ArticlePage = 500;

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
    public static async Task WriteEventsAsync(Stream output, DocumentCache corpus, CancellationToken cancel, int articles = ArticlePage)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(articles, 1);
        var csv = new Csv("GLOBALEVENTID", "SQLDATE", "DateValue", "Actor1Name", "Actor1Code", "Actor2Name", "Actor2Code", "IsRootEvent",
            "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumSources", "NumArticles", "SOURCEURL",
            "Modality", "Label", "Article", "EvidenceStart", "EvidenceEnd", "Sentence");
        for (int skip = 0; ; skip += articles)
        {
            var page = corpus.Store.ListArticles(skip, articles);
            foreach (var a in page)
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
            }

            await csv.FlushToAsync(output, cancel).ConfigureAwait(false);
            if (page.Count < articles)
            {
                return;
            }
        }
    }

    /// <summary>CAMEO base and root codes are prefixes of the code; Dossier's own types (DIE, OFFICE) have none.</summary>
    private static string? Prefix(string code, int length) =>
        code.Length > 0 && code.All(char.IsAsciiDigit) ? (code.Length >= length ? code[..length] : code) : null;

    private static string Entities(DocumentCache corpus)
    {
        var csv = new Csv("key", "entity", "name", "type", "names", "mentions", "articles");
        foreach (var e in Api.AnnotationsApi.MentionGroups(corpus, new Dossier.Corpus.Entities.MentionFilter(), 0, int.MaxValue).Items)
        {
            csv.Row(e.Key, e.Entity, e.Name, e.Type, string.Join("|", e.Names), e.Mentions, string.Join("|", e.Articles));
        }

        return csv.ToString();
    }
}
