using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dossier.Corpus.EventMerging;

namespace Dossier.Corpus.Timelines;

public static partial class EventTimeline
{
    /// <summary>What a date's entry needs of a merged event but its summary, read from its item's JSON without the rest.</summary>
    /// <param name="Modality">Whether it happened (asserted, reported) or not.</param>
    private abstract record DatedFacts(string Modality)
    {
        public string? Date { get; init; }

        public DateOnly? Earliest { get; init; }

        public DateOnly? Latest { get; init; }

        public IReadOnlyList<string> Articles { get; init; } = [];

        public int IndependentSources { get; init; }

        public int DatedReports { get; init; }

        public int LaterReferences { get; init; }

        /// <summary>How many evidence sentences the event has (its item's array, counted, not read).</summary>
        [JsonConverter(typeof(ElementCount))]
        public int Evidence { get; init; }

        [JsonIgnore]
        public bool Happened => Modality is "asserted" or "reported";
    }

    /// <summary>
    /// What a date's entry needs of a merged event, read from its item's JSON without the rest (actors, evidence
    /// sentences, place): the timeline index reads every merged event of the snapshot this way.
    /// </summary>
    /// <param name="Summary">The event's summary.</param>
    /// <param name="Modality">Whether it happened (asserted, reported) or not.</param>
    private sealed record EventFacts(string Summary, string Modality) : DatedFacts(Modality)
    {
        public static EventFacts Of(MergedEvent e) => new(e.Summary, e.Modality)
        {
            Date = e.Date,
            Earliest = e.Earliest,
            Latest = e.Latest,
            Articles = e.Articles,
            IndependentSources = e.IndependentSources,
            DatedReports = e.DatedReports,
            LaterReferences = e.LaterReferences,
            Evidence = e.Evidence.Count,
        };

        /// <summary>The facts of a merged event's item (as <see cref="CorpusItemSink"/> wrote it).</summary>
        public static EventFacts Read(string json) => JsonSerializer.Deserialize<EventFacts>(json)!;
    }

    /// <summary>Reads an array as the number of its elements, skipping each.</summary>
    private sealed class ElementCount : JsonConverter<int>
    {
        public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException($"DOS0845: expected an array of evidence, found {reader.TokenType}.");
            }

            int count = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                count++;
                reader.Skip();
            }

            return count;
        }

        public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) =>
            throw new NotSupportedException("DOS0846: an evidence count is read, never written.");
    }

    /// <summary>A merged event's id as 16 bytes (<see cref="EventIds"/>): the number of a "evt:" id, or the place of any other.</summary>
    private readonly record struct EventKey(ulong Hex, int Other);

    /// <summary>
    /// Event ids kept as numbers rather than strings, as millions of them are while the index is made: the merger's
    /// ids ("evt:" and 16 lowercase hexadecimal digits) as that number, any other by its place in a list. Keys compare
    /// as their ids do (ordinal).
    /// </summary>
    private sealed class EventIds
    {
        private const string Prefix = "evt:";
        private readonly List<string> others = [];

        public EventKey Key(string id)
        {
            if (id.Length == Prefix.Length + 16 && id.StartsWith(Prefix, StringComparison.Ordinal) && IsLowerHex(id.AsSpan(Prefix.Length)))
            {
                return new EventKey(ulong.Parse(id.AsSpan(Prefix.Length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture), -1);
            }

            others.Add(id);
            return new EventKey(0, others.Count - 1);
        }

        public string Id(EventKey key) => key.Other < 0 ? Prefix + key.Hex.ToString("x16", CultureInfo.InvariantCulture) : others[key.Other];

        // Lowercase hexadecimal digits of one length sort as their numbers.
        public int Compare(EventKey a, EventKey b) => a.Other < 0 && b.Other < 0 ? a.Hex.CompareTo(b.Hex) : string.CompareOrdinal(Id(a), Id(b));

        private static bool IsLowerHex(ReadOnlySpan<char> digits)
        {
            foreach (char c in digits)
            {
                if (!char.IsAsciiDigit(c) && c is not (>= 'a' and <= 'f'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
