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
    public const int ChunkSize = SavedListing.ChunkSize;

    /// <summary>How many quotes, merged events, roles and mentioning articles an entity's page lists: as many merged events of one id are kept, and as many roles and articles an entity's head keeps.</summary>
    public const int Shown = 200;

    /// <summary>How many mentions of each article an entity's head keeps: as many as an entity's page links.</summary>
    public const int MentionsPerArticle = 8;

    /// <summary>The layout of the listing's items, which its marker names; a listing of another layout is not read (2: rows count roles and articles, with details and heads beside them).</summary>
    private const int Format = 2;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The rows, filters, names and triples of the listing (<see cref="SavedListing"/>).</summary>
    private static readonly SavedListing Listing = new(RowKind, FilterKind, NamesKind, GramKind);

    /// <summary>Entities in the listing's order: most mentioned first, then by name, then by id (ordinal).</summary>
    public static IEnumerable<CorpusEntity> Ordered(IEnumerable<CorpusEntity> entities) => InOrder(entities, e => (e.Mentions.Count, e.Name, e.Id));

    private static IEnumerable<T> InOrder<T>(IEnumerable<T> entities, Func<T, (int Mentions, string Name, string Id)> key) =>
        entities.OrderByDescending(e => key(e).Mentions).ThenBy(e => key(e).Name, StringComparer.Ordinal).ThenBy(e => key(e).Id, StringComparer.Ordinal);

    /// <summary>Whether an entity passes the listing's filters (each null keeps all): its type and country compared whole and its name or an alias holding the name filter, ignoring case.</summary>
    public static bool Matches(string type, string? country, string name, IEnumerable<string> aliases, EntityFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return SavedListing.Passes(type, aliases.Prepend(name), filter.Type, filter.Name)
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
        var listing = Listing.Write(writer);
        for (int place = 0; place < ordered.Count; place++)
        {
            var e = ordered[place];
            string type = "t:" + e.Type.ToUpperInvariant();
            string? country = e.Country is { } c ? "c:" + c.ToUpperInvariant() : null;
            listing.Add(e.Row, country is null ? [type] : [type, country, type + "|" + country], [e.Type, e.Country ?? string.Empty, e.Name, .. e.Aliases], e.Aliases.Prepend(e.Name));
            ordered[place] = e with { Row = [] };
        }

        var filters = listing.Finish();
        WriteEvents(writer, own.Concat(memberOf.Keys));
        writer.Write(BuiltKind, BuiltId, JsonSerializer.Serialize(
            new EntityListingMarker(Format, ordered.Count, filters), Json));
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

        var (rows, total) = Listing.Page(store, marker.Entities, marker.Filters, FilterKey(filter), filter.Name,
            row => Matches(row[0], row[1].Length == 0 ? null : row[1], row[2], row.Skip(3), filter), skip, take);
        return new ListedEntityPage([.. rows.Select(ReadRow)], total);
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
