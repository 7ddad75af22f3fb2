using Dossier.Corpus;
using Dossier.Corpus.Entities;

namespace Dossier.Storage.Conformance;

/// <summary>
/// The mention listing a snapshot is saved with (<c>/api/entities</c> reads it): every page of every filter is what
/// grouping the articles' mentions in memory and filtering them gives.
/// </summary>
public abstract partial class ArticleStoreConformanceTests
{
    /// <summary>
    /// 900 articles of random mentions: names of syllables (accents, a dotless i, an emoji), some with an entity id
    /// and some without, a name written in several types, so that groups tie on their counts and a type's list spans
    /// several chunks.
    /// </summary>
    private static List<ArticleMentions> MentionCrowd()
    {
        var random = new Random(20261208);
        string Name() => string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => Syllables[random.Next(Syllables.Length)]))
            + (random.Next(3) == 0 ? " " + Syllables[random.Next(Syllables.Length)].ToUpperInvariant() : string.Empty);
        var names = Enumerable.Range(0, 2000).Select(_ => Name()).ToList();
        var articles = new List<ArticleMentions>();
        for (int a = 0; a < 900; a++)
        {
            var mentions = new List<MentionCount>();
            var seen = new HashSet<(string?, string, string)>();
            for (int m = random.Next(0, 14); m > 0; m--)
            {
                int n = random.Next(names.Count);
                string? entity = n % 4 == 0 ? $"ent:x:{n / 8:D3}" : null;
                string type = Types[(n + random.Next(4) / 3) % Types.Length];
                if (seen.Add((entity, type, names[n])))
                {
                    mentions.Add(new MentionCount(entity, type, names[n], random.Next(1, 4)));
                }
            }

            articles.Add(new ArticleMentions($"art:{random.Next(100_000):D5}:{a}", mentions));
        }

        return articles;
    }

    [Fact]
    public void Every_page_of_the_mention_listing_is_the_articles_mentions_grouped_filtered_and_ordered()
    {
        using var store = OpenStore();
        var crowd = MentionCrowd();
        var groups = MentionListing.Combine(crowd);
        store.SaveCorpus(CorpusSnapshot.Empty with { Mentions = groups });
        var marker = MentionListing.Read(store);
        Assert.NotNull(marker);
        Assert.Equal(groups.Count, marker.Groups);
        Assert.True(marker.Filters["t:PERSON"] > SavedListing.ChunkSize, "a type's list of one chunk");

        // The grouping itself, made again here the plain way.
        var plain = crowd.SelectMany(a => a.Mentions.Select(m => (a.Id, m))).GroupBy(x => x.m.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, StringComparer.Ordinal);
        Assert.Equal(plain.Count, groups.Count);
        foreach (var g in groups)
        {
            var xs = plain[g.Key];
            Assert.Equal(xs.Sum(x => x.m.Count), g.Mentions);
            Assert.Equal(xs.Select(x => x.Id).Distinct().Order(StringComparer.Ordinal), g.Articles);
            Assert.Equal(xs.GroupBy(x => x.m.Text).OrderByDescending(t => t.Sum(x => x.m.Count)).ThenByDescending(t => t.Key.Length).ThenBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key), g.Names);
            Assert.Equal(xs.GroupBy(x => x.m.Type).OrderByDescending(t => t.Sum(x => x.m.Count)).ThenBy(t => t.Key, StringComparer.Ordinal).First().Key, g.Type);
            Assert.Equal(xs.First().m.Entity, g.Entity);
        }

        Assert.Equal(groups.OrderByDescending(g => g.Mentions).ThenBy(g => g.Name, StringComparer.Ordinal).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key), groups.Select(g => g.Key));
        Assert.Contains(groups, g => g.Names.Count > 1);
        Assert.Contains(groups, g => g.Entity is null);

        var filters = new MentionFilter[]
        {
            new(), new("PERSON"), new("person"), new("MISC"), new(Name: "ba"), new(Name: "BA"), new(Name: "a"), new(Name: "dóer"), new(Name: "DÓ"),
            new(Name: "ñjo"), new(Name: "I"), new(Name: "li"), new(Name: "ös pa"), new(Name: " KA"), new(Name: "zzz"), new("GPE", "ma"),
            new("org", "lıma"), new(Name: "🙂X"), new(Name: "a🙂xb"), new(Name: "🙂"),
        };
        foreach (var filter in filters)
        {
            var expected = groups.Where(g => Passes(g, filter)).ToList();
            foreach (var (skip, take) in new[] { (0, 0), (0, 1), (0, 20), (1, 2), (250, 10), (255, 3), (256, 5), (300, 300), (0, 2000), (expected.Count, 5), (expected.Count - 1, 5) })
            {
                if (skip < 0)
                {
                    continue;
                }

                var page = MentionListing.Page(store, filter, skip, take);
                Assert.NotNull(page);
                Assert.Equal(expected.Count, page.Total);
                Assert.Equal(expected.Skip(skip).Take(take).Select(Listed), page.Groups.Select(Listed));
            }
        }

        Assert.True(MentionListing.Page(store, new MentionFilter(Name: "a"), 0, 0)!.Total > 300);

        // A snapshot saved without the listing (read from a store, or of another layout) has none: the callers group the documents.
        using (var writer = store.WriteCorpus())
        {
            CorpusSnapshotJson.Write(CorpusSnapshot.Empty, new CorpusItemSink(writer));
            writer.Commit();
        }

        Assert.Null(MentionListing.Read(store));
        using (var writer = store.WriteCorpus())
        {
            writer.Write(MentionListing.BuiltKind, MentionListing.BuiltId, """{"format":99,"groups":0,"filters":{}}""");
            writer.Commit();
        }

        Assert.Null(MentionListing.Page(store, new MentionFilter(), 0, 5));
    }

    /// <summary>The filters as <c>/api/entities</c> has always applied them: the type whole, part of any name, ignoring case.</summary>
    private static bool Passes(MentionGroup g, MentionFilter f) =>
        (f.Type is null || string.Equals(g.Type, f.Type, StringComparison.OrdinalIgnoreCase))
        && (f.Name is null || g.Names.Any(n => n.Contains(f.Name, StringComparison.OrdinalIgnoreCase)));

    private static string Listed(MentionGroup g) =>
        $"{g.Key}|{g.Entity}|{g.Name}|{g.Type}|{string.Join(",", g.Names)}|{g.Mentions}|{string.Join(",", g.Articles)}";
}
