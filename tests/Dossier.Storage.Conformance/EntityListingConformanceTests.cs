using Dossier.Corpus;
using Dossier.Corpus.Entities;
using Dossier.Corpus.EventMerging;

namespace Dossier.Storage.Conformance;

/// <summary>
/// The entity listing a snapshot is saved with (the Entities page, <c>/api/corpus/entities</c> and an entity's page read
/// it): every page of every filter, every entity named by its own or a folded-in id, and every entity's first merged
/// events are what the snapshot's entities and events give when filtered in memory.
/// </summary>
public abstract partial class ArticleStoreConformanceTests
{
    private static readonly string[] Syllables = ["al", "ba", "ca", "dó", "er", "fi", "gu", "ha", "iñ", "jo", "ka", "lı", "ma", "no", "ös", "pa", "🙂x"];

    private static readonly string[] Types = ["PERSON", "ORG", "GPE", "LOC", "NORP"];

    private static readonly string?[] Countries = ["IRN", "RUS", "USA", "GBR", null, "irn"];

    /// <summary>
    /// A snapshot of 1,400 entities (persons and organisations the most, so that their lists span two chunks; names of
    /// random syllables, some with aliases and folded-in ids; mention counts with
    /// ties) and 4,000 merged events whose actors are entities, folded-in ids or codes; some ids take part in more
    /// events than the listing keeps for each.
    /// </summary>
    private static CorpusSnapshot Crowd()
    {
        var random = new Random(20261207);
        string Name() => string.Concat(Enumerable.Range(0, random.Next(1, 5)).Select(_ => Syllables[random.Next(Syllables.Length)]))
            + (random.Next(3) == 0 ? " " + Syllables[random.Next(Syllables.Length)].ToUpperInvariant() : string.Empty);
        var entities = new List<CorpusEntity>();
        for (int i = 0; i < 1400; i++)
        {
            string id = $"ent:x:{i:D4}";
            var members = new List<string> { id };
            if (random.Next(5) == 0)
            {
                members.Add($"ent:folded:{i:D4}");
            }

            // A folded-in id two entities share: the first by id names it.
            if (i % 97 == 5)
            {
                members.Add("ent:shared");
            }

            entities.Add(new CorpusEntity(id, Name(), Types[random.Next(Types.Length + 2) % Types.Length])
            {
                Country = Countries[random.Next(Countries.Length)],
                Code = random.Next(2) == 0 ? "IRNGOV" : null,
                Aliases = [.. Enumerable.Range(0, random.Next(3)).Select(_ => Name())],
                MemberIds = members,
                Roles = random.Next(4) == 0 ? [new CorpusEntityRole("minister", "IRN", null, "2024-01", null, "a1")] : [],
                Mentions = [.. Enumerable.Range(0, random.Next(1, 6)).Select(m => new CorpusMention("a" + random.Next(40), m * 10, (m * 10) + 4, "x"))],
            });
        }

        var ids = entities.SelectMany(e => e.MemberIds).Append("IRNGOV").Distinct().ToList();
        var events = new List<MergedEvent>();
        for (int i = 0; i < 4000; i++)
        {
            // Every third event has one of four busy actors, so those take part in more than twice as many events as
            // are kept (what the listing holds of each id while it reads the events).
            EventParticipant Actor() => new(i % 3 == 0 ? ids[random.Next(4)] : ids[random.Next(ids.Count)], "IRN", null, "someone");
            DateOnly? earliest = random.Next(6) == 0 ? null : new DateOnly(2024, 1, 1).AddDays(random.Next(60));
            events.Add(new MergedEvent($"evt:{random.Next(1 << 30):x16}", "04", "consult", "A meeting.", "asserted")
            {
                Earliest = earliest,
                Latest = earliest,
                Date = earliest is { } d ? (random.Next(2) == 0 ? d.ToString("yyyy-MM-dd") : d.ToString("yyyy-MM")) : null,
                Sources = [Actor()],
                Targets = random.Next(2) == 0 ? [Actor(), Actor()] : [],
                Articles = ["a" + random.Next(40)],
                IndependentSources = 1,
            });
        }

        return CorpusSnapshot.Empty with { Entities = [.. entities.OrderBy(e => e.Id, StringComparer.Ordinal)], Events = [.. CorpusSnapshot.InOrder(events.DistinctBy(e => e.Id))] };
    }

    [Fact]
    public void Every_page_of_the_entity_listing_is_the_snapshots_entities_filtered_and_ordered()
    {
        using var store = OpenStore();
        var crowd = Crowd();
        store.SaveCorpus(crowd);
        var marker = EntityListing.Read(store);
        Assert.NotNull(marker);
        Assert.Equal(1400, marker.Entities);
        Assert.True(marker.Filters["t:PERSON"] > EntityListing.ChunkSize, "a type's list of one chunk");

        var filters = new EntityFilter[]
        {
            new(), new("PERSON"), new("person"), new(Country: "IRN"), new(Country: "irn"), new("ORG", Country: "RUS"), new("MISC"),
            new(Name: "ba"), new(Name: "BA"), new(Name: "a"), new(Name: "dóer"), new(Name: "DÓ"), new(Name: "ñjo"), new(Name: "I"),
            new(Name: "li"), new(Name: "ös pa"), new(Name: " KA"), new(Name: "zzz"), new(Name: "albacadóerfigu"), new("GPE", "ma"),
            new("NORP", "cal", "USA"), new(Name: "baba"), new(Name: "lıma"), new(Name: "🙂X"), new(Name: "a🙂xb"), new(Name: "🙂"),
        };
        foreach (var filter in filters)
        {
            var expected = EntityListing.Ordered(crowd.Entities).Where(e => Passes(e, filter)).Select(ListedEntity.Of).ToList();
            foreach (var (skip, take) in new[] { (0, 0), (0, 1), (0, 20), (1, 2), (250, 10), (255, 3), (256, 5), (300, 300), (0, 1000), (expected.Count, 5), (expected.Count - 1, 5) })
            {
                if (skip < 0)
                {
                    continue;
                }

                var page = EntityListing.Page(store, filter, skip, take);
                Assert.NotNull(page);
                Assert.Equal(expected.Count, page.Total);
                var want = expected.Skip(skip).Take(take).ToList();
                Assert.Equal(want.Select(e => e.Id), page.Entities.Select(e => e.Id));
                Assert.Equal(want.Select(Shown), page.Entities.Select(Shown));
            }
        }

        // The filters that keep many, and one that keeps none, are tested above with matches to compare.
        Assert.True(EntityListing.Page(store, new EntityFilter(Name: "a"), 0, 0)!.Total > 300);
        Assert.Equal(0, EntityListing.Page(store, new EntityFilter(Name: "zzz"), 0, 5)!.Total);
    }

    [Fact]
    public void An_entity_is_found_by_its_own_or_a_folded_in_id_and_its_first_events_are_the_snapshots()
    {
        using var store = OpenStore();
        var crowd = Crowd();
        store.SaveCorpus(crowd);
        foreach (string id in crowd.Entities.SelectMany(e => e.MemberIds).Append("ent:nobody").Append("IRNGOV").Distinct())
        {
            var expected = EntityDecisionApplier.Find(crowd.Entities, id);
            Assert.Equal(expected?.Id, EntityListing.Find(store, id)?.Id);
            var head = EntityListing.Head(store, id);
            Assert.Equal(expected?.Id, head?.Entity.Id);
            if (expected is not null)
            {
                // The head keeps what the page shows: every role and mention of these small entities, and their counts.
                Assert.Equal((expected.Roles.Count, expected.Mentions.Count, expected.Articles.Count()), (head!.Roles, head.Mentions, head.Articles));
                Assert.Equal(EntityJson.Serialize(expected with { Roles = [.. EntityHead.InPageOrder(expected.Roles)] }), EntityJson.Serialize(head.Entity));
                var detail = EntityListing.Detail(store, expected.Id)!;
                Assert.Equal(expected.Articles, detail.Articles);
                Assert.Equal(expected.Roles, detail.Roles);
            }
        }

        Assert.Null(EntityListing.Detail(store, "ent:folded:0000"));

        Assert.Equal("ent:x:0005", EntityListing.Find(store, "ent:shared")!.Id);
        var found = EntityListing.Find(store, crowd.Entities[3].Id)!;
        Assert.Equal(EntityJson.Serialize(crowd.Entities[3]), EntityJson.Serialize(found));

        int busy = 0;
        foreach (var e in crowd.Entities)
        {
            var members = new HashSet<string>(e.MemberIds.Append(e.Id), StringComparer.Ordinal);
            var all = crowd.Events.Where(ev => ev.Participants.Any(p => members.Contains(p.Id))).ToList();
            busy += all.Count > EntityListing.Shown ? 1 : 0;
            Assert.Equal(all.Take(EntityListing.Shown).Select(ev => ev.Id), EntityListing.EventIds(store, members)!);
            Assert.Equal(all.Take(3).Select(ev => ev.Id), EntityListing.EventIds(store, members, 3)!);
        }

        Assert.True(busy >= 3, $"only {busy} entities take part in more events than are kept");
        Assert.True(crowd.Events.Count(ev => ev.Participants.Any(p => p.Id == "ent:x:0000")) > 2 * EntityListing.Shown);
        Assert.Empty(EntityListing.EventIds(store, ["ent:nobody"])!);

        // A snapshot saved without the listing (or with another layout) has none: the callers read the entities.
        using (var writer = store.WriteCorpus())
        {
            CorpusSnapshotJson.Write(crowd, new CorpusItemSink(writer));
            writer.Write(EntityListing.BuiltKind, EntityListing.BuiltId, """{"format":99,"entities":0,"filters":{}}""");
            writer.Commit();
        }

        Assert.Null(EntityListing.Read(store));
        Assert.Null(EntityListing.Page(store, new EntityFilter(), 0, 5));
        Assert.Null(EntityListing.EventIds(store, ["ent:x:0001"]));
    }

    /// <summary>The filters as the pages have always applied them: type and country whole, part of a name or alias, ignoring case.</summary>
    private static bool Passes(CorpusEntity e, EntityFilter f) =>
        (f.Type is null || string.Equals(e.Type, f.Type, StringComparison.OrdinalIgnoreCase))
        && (f.Name is null || e.Aliases.Prepend(e.Name).Any(n => n.Contains(f.Name, StringComparison.OrdinalIgnoreCase)))
        && (f.Country is null || string.Equals(e.Country, f.Country, StringComparison.OrdinalIgnoreCase));

    private static string Shown(ListedEntity e) =>
        $"{e.Name}|{e.Type}|{e.Country}|{e.Code}|{string.Join(",", e.Aliases)}|{string.Join(",", e.RoleTitles)}|{e.Mentions}|{e.Articles}|{e.InKnowledgeBase}";
}
