using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dossier.Cli;

/// <summary>
/// The one way CLI commands print JSON: UTF-8, non-ASCII text left readable (relaxed escaping: the output is read
/// by people and by JSON parsers, never embedded in HTML), a newline after the value.
/// </summary>
internal static class JsonOut
{
    /// <summary>Serializer options for commands that print anonymous objects: indented, relaxed escaping.</summary>
    public static readonly JsonSerializerOptions Serializer = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one JSON value with <paramref name="write"/> to standard output, then a newline.</summary>
    public static void Write(Action<Utf8JsonWriter> write, bool indented = true)
    {
        using var stdout = Console.OpenStandardOutput();
        Write(stdout, write, indented);
    }

    /// <summary>Writes one JSON value with <paramref name="write"/> to <paramref name="stream"/>, then a newline.</summary>
    public static void Write(Stream stream, Action<Utf8JsonWriter> write, bool indented = true)
    {
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(w);
        }

        stream.Write("\n"u8);
    }

    /// <summary>Writes <paramref name="items"/> as one JSON array, each item with <paramref name="writeItem"/>.</summary>
    public static void WriteArray<T>(IEnumerable<T> items, Action<Utf8JsonWriter, T> writeItem) => Write(w =>
    {
        w.WriteStartArray();
        foreach (var item in items)
        {
            writeItem(w, item);
        }

        w.WriteEndArray();
    });

    /// <summary>Serializes <paramref name="value"/> (indented, relaxed escaping) and prints it with a newline.</summary>
    public static void Serialize<T>(T value) => Console.WriteLine(JsonSerializer.Serialize(value, Serializer));
}
