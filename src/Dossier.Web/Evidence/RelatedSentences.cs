using System.Text.RegularExpressions;
using Dossier.Corpus;
using Dossier.Corpus.Entities;
using Dossier.Corpus.Records;
using Dossier.Model;
using Dossier.Storage;
using Dossier.Web.Storage;

namespace Dossier.Web.Evidence;

/// <summary>
/// Other articles' sentences that speak of the same things as a passage, for the evidence view's side-by-side. With
/// resolved entities, a sentence shares entity ids with the passage; until entity resolution exists, it shares names
/// (capitalised words), each weighted by one over the number of sentences that contain it, so that rare names shared
/// by two reports ("Astana", "Thursday") outweigh names every article carries ("Iran", "Russia"). A store of at most
/// <see cref="ComparedWhole"/> articles has every other article compared by entity; a larger one only the
/// <see cref="MaxCandidates"/> articles whose sentences the name search found most often, so that the cost of the
/// evidence view does not grow with the store (the entity weights are then counted over those articles). An article is
/// compared by its sentences with entities kept in its corpus record (<see cref="ArticleEntityUnits"/>), not by its
/// document, and the names are searched without snippets.
/// </summary>
internal static partial class RelatedSentences
{
    private const int MaxNames = 10;
    private const int NameHits = 400;

    /// <summary>Stores of at most this many articles have every article compared by entity.</summary>
    internal const int ComparedWhole = 200;

    /// <summary>How many articles found by name a larger store has compared by entity.</summary>
    internal const int MaxCandidates = 200;

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "The", "This", "That", "These", "Those", "He", "She", "It", "They", "We", "You", "In", "On", "At", "For", "From", "With",
        "During", "After", "Before", "But", "And", "As", "An", "Speaking", "According", "Over", "Also", "However", "While", "When",
        "If", "Its", "His", "Her", "Their", "There", "Here", "Mr", "Mrs", "Ms", "Read", "Subsequently", "Initially", "Our", "Some",
    };

    /// <summary>Up to <paramref name="max"/> sentences of other articles, best first, at most two per article.</summary>
    /// <param name="comparedWhole">Stores of at most this many articles have every article compared by entity (<see cref="ComparedWhole"/>).</param>
    public static IReadOnlyList<RelatedSentence> Find(DocumentCache corpus, ArticleRecord article, Document doc, TextSpan passage, int max = 6, int comparedWhole = ComparedWhole)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(doc);
        var ids = doc.Entities.Where(e => e.EntityId is not null && passage.Covers(e.Span)).Select(e => e.EntityId!).ToHashSet(StringComparer.Ordinal);
        var byName = ByName(corpus, article, passage.Slice(doc.Text), out var found);
        if (ids.Count == 0)
        {
            return Pick(corpus, byName, max);
        }

        // Each article compared by its units kept in its corpus record; its text is read only for the sentences picked.
        var others = (corpus.Store.CountArticles() <= comparedWhole
            ? corpus.Articles().Where(a => !string.Equals(a.Id, article.Id, StringComparison.Ordinal)).Select(a => new ArticleVersion(a.Id, a.Version))
            : found.Where(f => !string.Equals(f.Key, article.Id, StringComparison.Ordinal))
                .OrderByDescending(f => f.Value.Sentences).ThenBy(f => f.Key, StringComparer.Ordinal).Take(MaxCandidates)
                .Select(f => new ArticleVersion(f.Key, f.Value.Version)))
            .Select(v => (v, Units: UnitsOf(corpus, v))).Where(o => o.Units is not null).Select(o => (o.v, o.Units!));

        // Shared entities and shared rare names ("Thursday", "Astana") both count: entities alone cannot tell the
        // report of the same meeting from any sentence that names the same two countries.
        var merged = new Dictionary<(string, int), (SearchHit Hit, double Score, IReadOnlyList<string> Shared)>();
        foreach (var c in ByEntity(others, ids).Concat(byName))
        {
            var key = (c.Hit.ArticleId, c.Hit.Start);
            merged[key] = merged.TryGetValue(key, out var e)
                ? (e.Hit, e.Score + c.Score, [.. e.Shared.Union(c.Shared, StringComparer.Ordinal)])
                : c;
        }

        return Pick(corpus, merged.Values, max);
    }

    /// <summary>The capitalised words of a passage that may name someone or something, without possessive endings.</summary>
    internal static IReadOnlyList<string> Names(string passage) =>
        [.. CapitalisedWord().Matches(passage).Select(m => m.Value.EndsWith("'s", StringComparison.Ordinal) || m.Value.EndsWith("’s", StringComparison.Ordinal) ? m.Value[..^2] : m.Value)
            .Where(w => w.Length >= 3 && !NotNames.Contains(w)).Distinct(StringComparer.Ordinal).Take(MaxNames)];

    /// <param name="found">Each article the name search found (the article's own included): its version and how many of its sentences were found.</param>
    private static IEnumerable<(SearchHit Hit, double Score, IReadOnlyList<string> Shared)> ByName(DocumentCache corpus, ArticleRecord article, string passage, out Dictionary<string, (int Version, int Sentences)> found)
    {
        var scores = new Dictionary<(string Article, int Start), (SearchHit Hit, double Score, List<string> Shared)>();
        found = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        foreach (string name in Names(passage))
        {
            var hits = corpus.Store.FindSentences("\"" + name + "\"", NameHits);
            double weight = 1.0 / Math.Max(1, hits.Count);
            foreach (var hit in hits)
            {
                found[hit.ArticleId] = (hit.Version, found.GetValueOrDefault(hit.ArticleId).Sentences + 1);
            }

            foreach (var hit in hits.Where(h => !string.Equals(h.ArticleId, article.Id, StringComparison.Ordinal)))
            {
                if (!WholeWord(hit.Text, name))
                {
                    continue;
                }

                var key = (hit.ArticleId, hit.Start);
                var entry = scores.TryGetValue(key, out var e) ? e : (hit, 0.0, new List<string>());
                entry.Item3.Add(name);
                scores[key] = (entry.Item1, entry.Item2 + weight, entry.Item3);
            }
        }

        return scores.Values.Where(v => v.Shared.Count >= 2 || v.Score >= 0.3).Select(v => (v.Hit, v.Score, (IReadOnlyList<string>)v.Shared)).ToList();
    }

    /// <summary>
    /// An article's units with entities: from the corpus record the last rebuild kept for its version (a small read),
    /// else, for a version the rebuild has not seen or a record kept by another build, from its document. Both are
    /// made by <see cref="ArticleEntityUnits.Of"/>.
    /// </summary>
    internal static ArticleEntityUnits? UnitsOf(DocumentCache corpus, ArticleVersion version)
    {
        try
        {
            // The units are the record's first part: a few kilobytes of a record of up to hundreds.
            if (ArticleCorpusRecordCodec.ReadFirst(n => corpus.Store.CorpusRecordStart(version, ArticleCorpusRecordCodec.Producer, n), version.Id, CorpusRecordPart.Units, EntityUnitsRecordCodec.Read, new StringPool()) is { } units)
            {
                return units;
            }
        }
        catch (InvalidDataException)
        {
            // A damaged record (DOS0812): the document says the same.
        }

        // Null when the version is no longer current.
        return corpus.Article(version.Id) is { } article && article.Version == version.Version ? ArticleEntityUnits.Of(corpus.Document(article)) : null;
    }

    /// <summary>Sentences sharing entities with the passage, each shared entity weighted by one over the number of sentences that mention it.</summary>
    /// <remarks>The hits hold no text: <see cref="Pick"/> reads it from the articles of the sentences it picks.</remarks>
    private static List<(SearchHit Hit, double Score, IReadOnlyList<string> Shared)> ByEntity(IEnumerable<(ArticleVersion Article, ArticleEntityUnits Units)> others, HashSet<string> ids)
    {
        var found = new List<(SearchHit Hit, double Score, IReadOnlyList<string> Shared)>();
        var units = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (other, entityUnits) in others)
        {
            foreach (var unit in entityUnits.Units)
            {
                var shared = unit.Entities.Where(ids.Contains).ToList();
                if (shared.Count == 0)
                {
                    continue;
                }

                foreach (string id in shared)
                {
                    units[id] = units.GetValueOrDefault(id) + 1;
                }

                found.Add((new SearchHit(other.Id, other.Version, -1, unit.Start, unit.End, string.Empty, string.Empty, 0), 0, shared));
            }
        }

        return [.. found.Select(f => (f.Hit, f.Shared.Sum(id => 1.0 / units[id]), f.Shared))];
    }

    private static List<RelatedSentence> Pick(DocumentCache corpus, IEnumerable<(SearchHit Hit, double Score, IReadOnlyList<string> Shared)> candidates, int max) =>
        [.. candidates
            .GroupBy(c => c.Hit.ArticleId, StringComparer.Ordinal)
            .SelectMany(g => g.OrderByDescending(c => c.Score).ThenBy(c => c.Hit.Start).Take(2))
            .OrderByDescending(c => c.Score).ThenBy(c => c.Hit.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Hit.Start)
            .Take(max)
            .Select(c => (c, Article: corpus.Article(c.Hit.ArticleId)))
            .Where(x => x.Article is not null && x.c.Hit.End <= x.Article.Body.Length)
            .Select(x => new RelatedSentence(
                x.Article!, new TextSpan(x.c.Hit.Start, x.c.Hit.End), x.c.Hit.Text.Length > 0 ? x.c.Hit.Text : x.Article!.Body[x.c.Hit.Start..x.c.Hit.End], x.c.Score, x.c.Shared))];

    private static bool WholeWord(string text, string word)
    {
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            bool before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            bool after = at + word.Length == text.Length || !char.IsLetterOrDigit(text[at + word.Length]) || text[at + word.Length] is '\'' or '’';
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\b\p{Lu}[\p{L}\p{Mn}\-]*(?:['’]s)?", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedWord();
}

/// <summary>A sentence of another article related to the passage, with what it shares with it.</summary>
internal sealed record RelatedSentence(ArticleRecord Article, TextSpan Span, string Text, double Score, IReadOnlyList<string> Shared);
