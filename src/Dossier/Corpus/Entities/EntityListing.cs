using System.Globalization;
using System.Text.Json;
using Dossier.Storage;

namespace Dossier.Corpus.Entities;

/// <summary>
/// The entity listing: what a snapshot saves besides its entities so that the list of entities (with its type,
/// country and name filters), one entity named by a folded-in id, and the merged events an entity takes part in are
/// read a page at a time, not made from every entity (0.6 GB of JSON at 100,000 articles) and every merged event on
/// each call. Items (kind, id):
/// <list type="bullet">
/// <item><c>entity_row</c>, its place in the listing (nine digits): the entity as a list shows it, its roles, mentions
/// and articles counted (<see cref="ListedEntity"/>), so that a row does not grow with the store; the listing's order is
/// <see cref="Ordered"/>;</item>
/// <item><c>entity_detail</c>, an entity id: its roles and the articles that mention it (<see cref="EntityDetail"/>),
/// which <c>/api/corpus/entities</c> lists;</item>
/// <item><c>entity_head</c>, an entity id: the entity with its first <see cref="Shown"/> roles (in the order of
/// its page) and its mentions in its first <see cref="Shown"/> articles (<see cref="MentionsPerArticle"/> of each),
/// and how many there are (<see cref="EntityHead"/>): what its page shows; only for an entity the page shows less of
/// (the others are read whole);</item>
/// <item><c>entity_filter</c>, a filter and a chunk number (<c>t:PERSON 000000</c>, <c>c:IRN 000001</c>,
/// <c>t:PERSON|c:IRN 000000</c>): the places of the entities of that type (in capitals), country (in capitals) or
/// both, <see cref="ChunkSize"/> a chunk, in order;</item>
/// <item><c>entity_names</c>, a chunk number: for each place of the chunk its type, country and names (name first, then
/// aliases), which a name filter checks;</item>
/// <item><c>entity_gram</c>, three characters in capitals: the places of the entities one of whose names holds them, so
/// that a name filter of three characters or more checks only the places every one of its triples has;</item>
/// <item><c>entity_member</c>, a folded-in id that is no entity's own: the entity it names;</item>
/// <item><c>entity_events</c>, an entity or folded-in id: the first <see cref="Shown"/> merged events (in the
/// snapshot's order) with an actor of that id;</item>
/// <item><c>entity_listing</c>, <c>built</c>: the layout and how many entities each filter keeps
/// (<see cref="EntityListingMarker"/>). A snapshot without it is listed from its entities, as before.</item>
/// </list>
/// </summary>
public static class EntityListing
{
    /// <summary>The kinds of the listing's items.</summary>
    public const string RowKind = "entity_row", FilterKind = "entity_filter", NamesKind = "entity_names", GramKind = "entity_gram",
        MemberKind = "entity_member", EventsKind = "entity_events", DetailKind = "entity_detail", HeadKind = "entity_head", BuiltKind = "entity_listing";

    /// <summary>The id of the listing's marker.</summary>
    public const string BuiltId = "built";

    /// <summary>How many places a filter's or the names' item holds.</summary>
    public const int ChunkSize = 256;

    /// <summary>How many quotes, merged events, roles and mentioning articles an entity's page lists: as many merged events of one id are kept, and as many roles and articles an entity's head keeps.</summary>
    public const int Shown = 200;

    /// <summary>How many mentions of each article an entity's head keeps: as many as an entity's page links.</summary>
    public const int MentionsPerArticle = 8;

    /// <summary>A name filter with more candidates than this reads every names' chunk in turn rather than each candidate's.</summary>
    private const int ScanAbove = 20_000;

    /// <summary>The layout of the listing's items, which its marker names; a listing of another layout is not read (2: rows count roles and articles, with details and heads beside them).</summary>
    private const int Format = 2;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Entities in the listing's order: most mentioned first, then by name, then by id (ordinal).</summary>
    public static IEnumerable<CorpusEntity> Ordered(IEnumerable<CorpusEntity> entities) => InOrder(entities, e => (e.Mentions.Count, e.Name, e.Id));

    private static IEnumerable<T> InOrder<T>(IEnumerable<T> entities, Func<T, (int Mentions, string Name, string Id)> key) =>
        entities.OrderByDescending(e => key(e).Mentions).ThenBy(e => key(e).Name, StringComparer.Ordinal).ThenBy(e => key(e).Id, StringComparer.Ordinal);

    /// <summary>Whether an entity passes the listing's filters (each null keeps all): its type and country compared whole and its name or an alias holding the name filter, ignoring case.</summary>
    public static bool Matches(string type, string? country, string name, IEnumerable<string> aliases, EntityFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return (filter.Type is null || string.Equals(type, filter.Type, StringComparison.OrdinalIgnoreCase))
            && (filter.Name is null || Holds(name, filter.Name) || aliases.Any(a => Holds(a, filter.Name)))
            && (filter.Country is null || string.Equals(country, filter.Country, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether an entity passes the listing's filters.</summary>
    public static bool Matches(CorpusEntity e, EntityFilter filter)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Matches(e.Type, e.Country, e.Name, e.Aliases, filter);
    }

    /// <summary>
    /// Stages the listing of the entities and merged events <paramref name="writer"/> has staged, to be committed with
    /// them. Entities are read once (their rows kept as JSON until they are ordered), then the merged events once.
    /// </summary>
    public static void Write(ICorpusWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var entities = new List<Staged>();
        writer.ReadStaged(["entity"], (_, id, json) =>
        {
            var e = EntityJson.DeserializeEntity(json);
            writer.Write(DetailKind, id, JsonSerializer.SerializeToUtf8Bytes(EntityDetail.Of(e), Json));
            // A head only where the page shows less than the entity: the others are read whole.
            var head = EntityHead.Of(e);
            if (head.Entity.Roles.Count < e.Roles.Count || head.Entity.Mentions.Count < e.Mentions.Count)
            {
                writer.Write(HeadKind, id, JsonSerializer.SerializeToUtf8Bytes(head, Json));
            }

            entities.Add(new Staged(e.Id, e.Name, e.Type, e.Country, e.Aliases, e.MemberIds, e.Mentions.Count,
                JsonSerializer.SerializeToUtf8Bytes(ListedEntity.Of(e), Json)));
        });

        // Ids first (staged in ordinal order): a folded-in id names the first entity listing it, unless it is an entity's own.
        var own = new HashSet<string>(entities.Select(e => e.Id), StringComparer.Ordinal);
        var memberOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            foreach (string member in e.MemberIds)
            {
                if (!own.Contains(member))
                {
                    memberOf.TryAdd(member, e.Id);
                }
            }
        }

        foreach (var (member, id) in memberOf)
        {
            writer.Write(MemberKind, member, JsonSerializer.Serialize(id));
        }

        var ordered = InOrder(entities, e => (e.Mentions, e.Name, e.Id)).ToList();
        entities.Clear();
        var filters = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var grams = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<string[]>(ChunkSize);
        for (int place = 0; place < ordered.Count; place++)
        {
            var e = ordered[place];
            writer.Write(RowKind, Place(place), e.Row);
            string type = "t:" + e.Type.ToUpperInvariant();
            Add(filters, type, place);
            if (e.Country is { } country)
            {
                string c = "c:" + country.ToUpperInvariant();
                Add(filters, c, place);
                Add(filters, type + "|" + c, place);
            }

            names.Add([e.Type, e.Country ?? string.Empty, e.Name, .. e.Aliases]);
            if (names.Count == ChunkSize || place == ordered.Count - 1)
            {
                writer.Write(NamesKind, Chunk(place / ChunkSize), JsonSerializer.Serialize(names));
                names.Clear();
            }

            seen.Clear();
            foreach (string name in e.Aliases.Prepend(e.Name))
            {
                string upper = name.ToUpperInvariant();
                for (int i = 0; i + 3 <= upper.Length; i++)
                {
                    string gram = upper.Substring(i, 3);
                    if (Indexed(gram) && seen.Add(gram))
                    {
                        Add(grams, gram, place);
                    }
                }
            }

            ordered[place] = e with { Row = [] };
        }

        foreach (var (key, places) in filters)
        {
            for (int chunk = 0; chunk * ChunkSize < places.Count; chunk++)
            {
                writer.Write(FilterKind, key + " " + Chunk(chunk), JsonSerializer.Serialize(places.GetRange(chunk * ChunkSize, Math.Min(ChunkSize, places.Count - (chunk * ChunkSize)))));
            }
        }

        foreach (var (gram, places) in grams)
        {
            writer.Write(GramKind, gram, JsonSerializer.Serialize(places));
        }

        grams.Clear();
        WriteEvents(writer, own.Concat(memberOf.Keys));
        writer.Write(BuiltKind, BuiltId, JsonSerializer.Serialize(
            new EntityListingMarker(Format, ordered.Count, filters.ToDictionary(f => f.Key, f => f.Value.Count, StringComparer.Ordinal)), Json));
    }

    /// <summary>The listing's marker, or null when the snapshot has no listing this build reads.</summary>
    public static EntityListingMarker? Read(IArticleStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.CorpusItem(BuiltKind, BuiltId) is { } json ? ReadBuilt(json) : null;
    }

    /// <summary>
    /// The <paramref name="take"/> listed entities after the first <paramref name="skip"/> that pass
    /// <paramref name="filter"/>, in the listing's order, and how many pass; null when the snapshot has no listing.
    /// </summary>
    public static ListedEntityPage? Page(IArticleStore store, EntityFilter filter, int skip, int take)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        if (Read(store) is not { } marker)
        {
            return null;
        }

        if (filter.Name is null)
        {
            if (FilterKey(filter) is not { } key)
            {
                // Every entity: a range of rows.
                var rows = new List<ListedEntity>();
                if (take > 0 && skip < marker.Entities)
                {
                    store.ReadCorpusItems([RowKind], (_, _, json) => rows.Add(ReadRow(json)), take, Place(skip));
                }

                return new ListedEntityPage(rows, marker.Entities);
            }

            int total = marker.Filters.GetValueOrDefault(key);
            var places = new List<int>();
            for (int chunk = skip / ChunkSize; take > 0 && chunk * ChunkSize < Math.Min(total, skip + take); chunk++)
            {
                var held = store.CorpusItem(FilterKind, key + " " + Chunk(chunk)) is { } json ? JsonSerializer.Deserialize<List<int>>(json)! : [];
                places.AddRange(held.Select((p, i) => (p, i: (chunk * ChunkSize) + i)).Where(x => x.i >= skip && x.i < skip + take).Select(x => x.p));
            }

            return new ListedEntityPage(Rows(store, places), total);
        }

        var matched = Named(store, filter, marker.Entities);
        return new ListedEntityPage(Rows(store, matched.Skip(skip).Take(take)), matched.Count);
    }

    /// <summary>
    /// One entity as <see cref="EntityDecisionApplier.Find"/> finds it among the snapshot's entities (its own id, else
    /// the first whose folded-in ids hold it), by reading that entity; null when there is none or when the snapshot has
    /// no listing and the id is not an entity's own.
    /// </summary>
    public static CorpusEntity? Find(IArticleStore store, string id)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(id);
        if (store.CorpusItem("entity", id) is { } json)
        {
            return EntityJson.DeserializeEntity(json);
        }

        return store.CorpusItem(MemberKind, id) is { } member && store.CorpusItem("entity", JsonSerializer.Deserialize<string>(member)!) is { } found
            ? EntityJson.DeserializeEntity(found)
            : null;
    }

    /// <summary>
    /// What an entity's page shows of the entity <see cref="Find"/> finds (its head), by reading that alone (its saved
    /// head, else the entity); null when there is none (a folded-in id is known only to a snapshot with the listing).
    /// </summary>
    public static EntityHead? Head(IArticleStore store, string id)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(id);
        return Own(id) ?? (store.CorpusItem(MemberKind, id) is { } member ? Own(JsonSerializer.Deserialize<string>(member)!) : null);

        EntityHead? Own(string key) =>
            store.CorpusItem(HeadKind, key) is { } head ? JsonSerializer.Deserialize<EntityHead>(head, Json)
            : store.CorpusItem("entity", key) is { } whole ? EntityHead.Of(EntityJson.DeserializeEntity(whole))
            : null;
    }

    /// <summary>An entity's roles and articles (for <c>/api/corpus/entities</c>), by its own id; null when there is none or the snapshot has no listing.</summary>
    public static EntityDetail? Detail(IArticleStore store, string id)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(id);
        return store.CorpusItem(DetailKind, id) is { } json ? JsonSerializer.Deserialize<EntityDetail>(json, Json) : null;
    }

    /// <summary>
    /// The ids of the first <paramref name="count"/> merged events (at most <see cref="Shown"/>) in the snapshot's
    /// order that have an actor of one of <paramref name="ids"/>, in that order; null when the snapshot has no listing.
    /// </summary>
    public static IReadOnlyList<string>? EventIds(IArticleStore store, IEnumerable<string> ids, int count = Shown)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(ids);
        if (Read(store) is null)
        {
            return null;
        }

        var found = new List<EventPlace>();
        foreach (string id in ids.Distinct(StringComparer.Ordinal))
        {
            if (store.CorpusItem(EventsKind, id) is { } json)
            {
                found.AddRange(JsonSerializer.Deserialize<List<EventPlace>>(json, Json)!);
            }
        }

        return [.. found.DistinctBy(e => e.Id).Order(EventPlace.InOrder).Take(Math.Min(count, Shown)).Select(e => e.Id)];
    }

    /// <summary>The key of the filter list a type and country filter reads; null for none.</summary>
    private static string? FilterKey(EntityFilter filter)
    {
        string? type = filter.Type is { } t ? "t:" + t.ToUpperInvariant() : null;
        string? country = filter.Country is { } c ? "c:" + c.ToUpperInvariant() : null;
        return type is not null && country is not null ? type + "|" + country : type ?? country;
    }

    /// <summary>
    /// The places of the entities a name filter (and the other filters) keeps, in order: the candidates are the places
    /// every triple of the name has, each checked against its names; a short name, or one with many candidates, checks
    /// every place.
    /// </summary>
    private static List<int> Named(IArticleStore store, EntityFilter filter, int entities)
    {
        string upper = filter.Name!.ToUpperInvariant();
        List<int>? candidates = null;
        if (upper.Length >= 3)
        {
            foreach (string gram in Enumerable.Range(0, upper.Length - 2).Select(i => upper.Substring(i, 3)).Where(Indexed).Distinct(StringComparer.Ordinal))
            {
                var places = store.CorpusItem(GramKind, gram) is { } json ? JsonSerializer.Deserialize<List<int>>(json)! : [];
                candidates = candidates is null ? places : [.. Intersect(candidates, places)];
                if (candidates.Count == 0)
                {
                    return [];
                }
            }
        }

        var matched = new List<int>();
        if (candidates is null || candidates.Count > ScanAbove)
        {
            int chunks = (entities + ChunkSize - 1) / ChunkSize;
            store.ReadCorpusItems([NamesKind], (_, id, json) => Check(int.Parse(id, CultureInfo.InvariantCulture) * ChunkSize, JsonSerializer.Deserialize<List<string[]>>(json)!, null), chunks, Chunk(0));
            return matched;
        }

        foreach (var group in candidates.GroupBy(p => p / ChunkSize))
        {
            if (store.CorpusItem(NamesKind, Chunk(group.Key)) is { } json)
            {
                Check(group.Key * ChunkSize, JsonSerializer.Deserialize<List<string[]>>(json)!, [.. group]);
            }
        }

        return matched;

        void Check(int first, List<string[]> rows, HashSet<int>? only)
        {
            for (int i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                if ((only is null || only.Contains(first + i))
                    && Matches(row[0], row[1].Length == 0 ? null : row[1], row[2], row.Skip(3), filter))
                {
                    matched.Add(first + i);
                }
            }
        }
    }

    /// <summary>The places both ascending lists hold.</summary>
    private static IEnumerable<int> Intersect(List<int> a, List<int> b)
    {
        for (int i = 0, j = 0; i < a.Count && j < b.Count;)
        {
            if (a[i] == b[j])
            {
                yield return a[i];
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
    }

    private static List<ListedEntity> Rows(IArticleStore store, IEnumerable<int> places) =>
        [.. places.Select(p => store.CorpusItem(RowKind, Place(p))).OfType<string>().Select(ReadRow)];

    /// <summary>
    /// Stages, for each of <paramref name="ids"/> that is an actor's id in a staged merged event, the first
    /// <see cref="Shown"/> of those events in the snapshot's order (by earliest date, undated last, then date, then
    /// id: <see cref="CorpusSnapshot.InOrder"/>).
    /// </summary>
    private static void WriteEvents(ICorpusWriter writer, IEnumerable<string> ids)
    {
        var kept = new Dictionary<string, List<EventPlace>>(StringComparer.Ordinal);
        foreach (string id in ids)
        {
            kept[id] = [];
        }

        var dates = new Dictionary<string, string>(StringComparer.Ordinal);
        writer.ReadStaged([CorpusItemSink.EventKind], (_, id, json) =>
        {
            var e = JsonSerializer.Deserialize<EventActors>(json)!;
            var place = new EventPlace(id, e.Earliest, e.Date is { } d ? dates.TryGetValue(d, out string? shared) ? shared : dates[d] = d : null);
            foreach (string actor in e.Sources.Concat(e.Targets).Select(a => a.Id).Distinct(StringComparer.Ordinal))
            {
                if (kept.TryGetValue(actor, out var list))
                {
                    list.Add(place);
                    if (list.Count == 2 * Shown)
                    {
                        list.Sort(EventPlace.InOrder);
                        list.RemoveRange(Shown, Shown);
                    }
                }
            }
        });

        foreach (var (id, list) in kept)
        {
            if (list.Count > 0)
            {
                list.Sort(EventPlace.InOrder);
                writer.Write(EventsKind, id, JsonSerializer.SerializeToUtf8Bytes(list.Take(Shown), Json));
            }
        }
    }

    private static void Add(Dictionary<string, List<int>> lists, string key, int place)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists.Add(key, list = []);
        }

        list.Add(place);
    }

    /// <summary>
    /// Whether three characters are a key of their own: not when they hold half of a character beyond the basic plane
    /// (a key must be valid text in every store); a name filter then narrows by its other triples, or checks every place.
    /// </summary>
    private static bool Indexed(string gram) => !gram.Any(char.IsSurrogate);

    /// <summary>How the name filter compares (as the other listings do): part of the words, ignoring case (ordinal).</summary>
    private static bool Holds(string value, string part) => value.Contains(part, StringComparison.OrdinalIgnoreCase);

    private static string Place(int place) => place.ToString("D9", CultureInfo.InvariantCulture);

    private static string Chunk(int chunk) => chunk.ToString("D6", CultureInfo.InvariantCulture);

    private static ListedEntity ReadRow(string json) => JsonSerializer.Deserialize<ListedEntity>(json, Json)!;

    private static EntityListingMarker? ReadBuilt(string json) =>
        JsonSerializer.Deserialize<EntityListingMarker>(json, Json) is { Format: Format } built ? built : null;

    /// <summary>What the listing keeps of a staged entity until it is ordered: what orders and filters it, and its row.</summary>
    private sealed record Staged(string Id, string Name, string Type, string? Country, IReadOnlyList<string> Aliases, IReadOnlyList<string> MemberIds, int Mentions, byte[] Row);

    /// <summary>A merged event's place in the snapshot's order.</summary>
    private sealed record EventPlace(string Id, DateOnly? Earliest, string? Date)
    {
        public static readonly Comparer<EventPlace> InOrder = Comparer<EventPlace>.Create((a, b) =>
        {
            int c = (a.Earliest ?? DateOnly.MaxValue).CompareTo(b.Earliest ?? DateOnly.MaxValue);
            c = c != 0 ? c : string.CompareOrdinal(a.Date, b.Date);
            return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
        });
    }

    /// <summary>What the events' pass reads of a merged event's item: its date and its actors' ids.</summary>
    private sealed record EventActors(DateOnly? Earliest, string? Date)
    {
        public IReadOnlyList<ActorId> Sources { get; init; } = [];

        public IReadOnlyList<ActorId> Targets { get; init; } = [];
    }

    private sealed record ActorId(string Id);
}

/// <summary>The entity listing's filters: a type and a country (compared whole, ignoring case) and part of a name or alias (ignoring case); null keeps all.</summary>
public sealed record EntityFilter(string? Type = null, string? Name = null, string? Country = null);

/// <summary>
/// An entity as the listing keeps it: what a list of entities shows, with its roles, mentions and articles counted
/// rather than listed (the first <see cref="ListedTitles"/> distinct role titles kept).
/// </summary>
public sealed record ListedEntity(string Id, string Name, string Type, string? Country, string? Code, IReadOnlyList<string> Aliases,
    IReadOnlyList<string> RoleTitles, int Mentions, int Articles, bool InKnowledgeBase)
{
    /// <summary>How many distinct role titles a row keeps: as many as the Entities page shows.</summary>
    public const int ListedTitles = 3;

    public static ListedEntity Of(CorpusEntity e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new ListedEntity(e.Id, e.Name, e.Type, e.Country, e.Code, e.Aliases,
            [.. e.Roles.Select(r => r.Title).Distinct(StringComparer.Ordinal).Take(ListedTitles)], e.Mentions.Count, e.Articles.Count(), e.InKnowledgeBase);
    }
}

/// <summary>An entity's roles and the articles that mention it (in order), as <c>/api/corpus/entities</c> lists them.</summary>
public sealed record EntityDetail(IReadOnlyList<CorpusEntityRole> Roles, IReadOnlyList<string> Articles)
{
    public static EntityDetail Of(CorpusEntity e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new EntityDetail(e.Roles, [.. e.Articles]);
    }
}

/// <summary>
/// What an entity's page shows of it: the entity with its first <see cref="EntityListing.Shown"/> roles (by
/// start, unknown last, then title) and its mentions in its first <see cref="EntityListing.Shown"/> articles
/// (<see cref="EntityListing.MentionsPerArticle"/> of each, in order), and how many roles, mentions and articles it has.
/// </summary>
public sealed record EntityHead(CorpusEntity Entity, int Roles, int Mentions, int Articles)
{
    /// <summary>An entity's roles in the order its page lists them: by start (unknown last), then title.</summary>
    public static IEnumerable<CorpusEntityRole> InPageOrder(IEnumerable<CorpusEntityRole> roles) =>
        roles.OrderBy(r => r.From ?? "9999", StringComparer.Ordinal).ThenBy(r => r.Title, StringComparer.Ordinal);

    public static EntityHead Of(CorpusEntity e)
    {
        ArgumentNullException.ThrowIfNull(e);
        // The mentions kept stay in their order: of the first articles (by first mention), the first of each.
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = new List<CorpusMention>();
        foreach (var m in e.Mentions)
        {
            if (!seen.TryGetValue(m.Article, out int count) && seen.Count >= EntityListing.Shown)
            {
                seen[m.Article] = int.MaxValue;
                continue;
            }

            seen[m.Article] = count == int.MaxValue ? count : count + 1;
            if (count < EntityListing.MentionsPerArticle)
            {
                kept.Add(m);
            }
        }

        var shown = e with { Roles = [.. InPageOrder(e.Roles).Take(EntityListing.Shown)], Mentions = kept };
        return new EntityHead(shown, e.Roles.Count, e.Mentions.Count, seen.Count);
    }
}

/// <summary>A page of the entity listing and how many entities pass its filters.</summary>
public sealed record ListedEntityPage(IReadOnlyList<ListedEntity> Entities, int Total);

/// <summary>The entity listing's marker: its layout, how many entities it lists, and how many each type, country and type-and-country filter keeps.</summary>
public sealed record EntityListingMarker(int Format, int Entities, IReadOnlyDictionary<string, int> Filters);
