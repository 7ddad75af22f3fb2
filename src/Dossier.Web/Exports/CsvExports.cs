using Dossier.Contracts;
using Dossier.Web.Api;
using Dossier.Web.Storage;

namespace Dossier.Web.Exports;

/// <summary>The CSV exports: articles, quotes, entities, and events in GDELT-like columns.</summary>
internal static class CsvExports
{
    public static readonly string[] Kinds = ["articles", "quotes", "events", "entities"];

    public static string? Write(string kind, DocumentCache corpus) => kind switch
    {
        "articles" => Articles(corpus),
        "quotes" => Quotes(corpus),
        "events" => Events(corpus),
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

    private static string Quotes(DocumentCache corpus)
    {
        // From the store's quote rows, a page at a time, in the articles' order: no document is read.
        const int Page = 5_000;
        var csv = new Csv("article", "start", "end", "kind", "speaker", "speaker_entity", "verb", "verb_class", "outlet", "published", "text");
        for (int skip = 0; ; skip += Page)
        {
            var page = corpus.Store.ListQuotes(new Dossier.Storage.QuoteFilter(), Dossier.Storage.QuoteOrder.Article, skip, Page);
            foreach (var q in page.Quotes)
            {
                csv.Row(q.Article, q.Start, q.End, q.Kind, q.Speaker, q.SpeakerEntity, q.Verb, q.VerbClass, q.Outlet, q.Published, q.Text);
            }

            if (skip + Page >= page.Total)
            {
                return csv.ToString();
            }
        }
    }

    /// <summary>
    /// Events with the GDELT 2.0 event-table column names where Dossier has the value (SQLDATE, Actor1Name,
    /// Actor1Code, EventCode, EventRootCode, NumSources, SOURCEURL…), then Dossier's own: modality and evidence offsets.
    /// GoldsteinScale and QuadClass stay empty until the event coder provides them. Dossier's non-CAMEO types (DIE,
    /// OFFICE) keep their code in EventCode with empty base and root codes.
    /// </summary>
    private static string Events(DocumentCache corpus)
    {
        var csv = new Csv("GLOBALEVENTID", "SQLDATE", "DateValue", "Actor1Name", "Actor1Code", "Actor2Name", "Actor2Code", "IsRootEvent",
            "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumSources", "NumArticles", "SOURCEURL",
            "Modality", "Label", "Article", "EvidenceStart", "EvidenceEnd", "Sentence");
        foreach (var (a, doc) in corpus.All())
        {
            int i = 0;
            foreach (var e in AnnotationViews.Events(a, doc))
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

        return csv.ToString();
    }

    /// <summary>CAMEO base and root codes are prefixes of the code; Dossier's own types (DIE, OFFICE) have none.</summary>
    private static string? Prefix(string code, int length) =>
        code.Length > 0 && code.All(char.IsAsciiDigit) ? (code.Length >= length ? code[..length] : code) : null;

    private static string Entities(DocumentCache corpus)
    {
        var csv = new Csv("key", "entity", "name", "type", "names", "mentions", "articles");
        foreach (var e in AnnotationViews.Entities(corpus.All()))
        {
            csv.Row(e.Key, e.Entity, e.Name, e.Type, string.Join("|", e.Names), e.Mentions, string.Join("|", e.Articles));
        }

        return csv.ToString();
    }
}
