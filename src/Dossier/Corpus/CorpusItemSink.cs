using System.Globalization;
using System.Text.Json;
using Dossier.Corpus.Agreements;
using Dossier.Corpus.Claims;
using Dossier.Corpus.Entities;
using Dossier.Corpus.EventMerging;
using Dossier.Model;
using Dossier.Storage;

namespace Dossier.Corpus;

/// <summary>
/// Writes what the corpus stages establish as the snapshot's keyed JSON items (<see cref="CorpusSnapshotJson"/>), each
/// as soon as it is given: one item per duplicate link, reporting unit, story, entity, decision outcome, merged event,
/// narrowed publication range, claim and agreement, and the mention listing (<see cref="MentionListing"/>).
/// </summary>
public sealed class CorpusItemSink(ICorpusWriter writer) : ICorpusSink
{
    /// <summary>The kind of a merged event's item.</summary>
    public const string EventKind = "event";

    public void Duplicates(DuplicateResult duplicates)
    {
        ArgumentNullException.ThrowIfNull(duplicates);
        foreach (var (article, canonical) in duplicates.DuplicateOf.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            writer.Write("duplicate", article, JsonSerializer.Serialize(canonical));
        }

        foreach (var (article, unit) in duplicates.UnitOf.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            writer.Write("unit", article, JsonSerializer.Serialize(unit));
        }
    }

    public void Stories(IReadOnlyList<Story> stories)
    {
        ArgumentNullException.ThrowIfNull(stories);
        foreach (var story in stories)
        {
            writer.Write("story", story.Id, JsonSerializer.Serialize(new CorpusSnapshotJson.StoryJson(story.Title, [.. story.Articles], CorpusSnapshotJson.Iso(story.First), CorpusSnapshotJson.Iso(story.Last))));
        }
    }

    public void Entity(CorpusEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        // As UTF-8: the entities of countries name every mention, tens of MB at 100,000 articles.
        writer.Write("entity", entity.Id, EntityJson.SerializeToUtf8(entity));
    }

    public void DecisionOutcomes(IReadOnlyDictionary<long, string> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        foreach (var (sequence, outcome) in outcomes.OrderBy(kv => kv.Key))
        {
            writer.Write("decision", sequence.ToString("D12", CultureInfo.InvariantCulture), JsonSerializer.Serialize(outcome));
        }
    }

    public void Event(MergedEvent merged)
    {
        ArgumentNullException.ThrowIfNull(merged);
        // As UTF-8, which the store keeps: millions of events at 100,000 articles, each otherwise a string made only
        // to be encoded again.
        writer.Write(EventKind, merged.Id, JsonSerializer.SerializeToUtf8Bytes(merged));
    }

    public void DiscardEvents() => writer.Discard(EventKind);

    public void PublishedRanges(IReadOnlyDictionary<string, DateRange> ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        foreach (var (article, range) in ranges.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            writer.Write("published_range", article, JsonSerializer.Serialize(new[] { CorpusSnapshotJson.Iso(range.Earliest), CorpusSnapshotJson.Iso(range.Latest) }));
        }
    }

    public void Claims(IReadOnlyList<Claim> claims, IReadOnlyList<Agreement> agreements)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(agreements);
        foreach (var claim in claims)
        {
            writer.Write("claim", claim.Id, ClaimJson.ToJson(claim));
        }

        foreach (var agreement in agreements)
        {
            writer.Write("agreement", agreement.Id, AgreementJson.ToJson(agreement));
        }
    }

    public void Mentions(IReadOnlyList<MentionGroup> groups) => MentionListing.Write(writer, groups);

    /// <summary>The fingerprint of the article versions the snapshot is built from (<see cref="CorpusSnapshot.BuiltFrom"/>).</summary>
    public void BuiltFrom(string fingerprint) =>
        writer.Write(CorpusSnapshotJson.BuiltFromKind, CorpusSnapshotJson.BuiltFromId, JsonSerializer.Serialize(fingerprint));
}
