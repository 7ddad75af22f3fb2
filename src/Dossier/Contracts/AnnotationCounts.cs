using System.Text.Json;

namespace Dossier.Contracts;

/// <summary>
/// How many entity mentions, quotes and events a stored version's annotations hold: what a list of articles shows of
/// each, counted without reading the document back (<see cref="Storage.IArticleStore.CountAnnotations"/>).
/// </summary>
public readonly record struct AnnotationCounts(int Entities, int Quotes, int Events)
{
    /// <summary>
    /// Counts the elements of the top-level <c>entities</c>, <c>quotes</c> and <c>events</c> arrays of an annotation
    /// JSON (contract §1, as <see cref="DocumentJsonWriter"/> writes it), skipping everything else unread.
    /// </summary>
    /// <exception cref="JsonException">DOS0847 when the JSON is not an object.</exception>
    public static AnnotationCounts Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"DOS0847: an annotation JSON is an object; this one starts with {reader.TokenType}.");
        }

        int entities = 0, quotes = 0, events = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            ref int count = ref entities;
            bool counted = true;
            if (reader.ValueTextEquals("quotes"u8))
            {
                count = ref quotes;
            }
            else if (reader.ValueTextEquals("events"u8))
            {
                count = ref events;
            }
            else if (!reader.ValueTextEquals("entities"u8))
            {
                counted = false;
            }

            reader.Read();
            if (counted && reader.TokenType == JsonTokenType.StartArray)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    count++;
                    reader.Skip();
                }
            }
            else
            {
                reader.Skip();
            }
        }

        return new AnnotationCounts(entities, quotes, events);
    }

    /// <summary>The counts of a document in memory.</summary>
    public static AnnotationCounts Of(Model.Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return new AnnotationCounts(doc.Entities.Count, doc.Quotes.Count, doc.Events.Count);
    }
}
