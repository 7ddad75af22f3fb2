using System.Text;

namespace Dossier.Corpus.Records;

/// <summary>
/// Writes the compact binary form of an article's corpus records (<see cref="ArticleCorpusRecordCodec"/>): integers as
/// 7-bit varints (signed ones zigzagged), and each distinct string once per record, later occurrences as its index,
/// since a record repeats its entity ids, words and date keys many times.
/// </summary>
public sealed class RecordWriter
{
    private readonly MemoryStream stream = new();
    private readonly BinaryWriter writer;
    private readonly Dictionary<string, int> strings = new(StringComparer.Ordinal);

    public RecordWriter() => writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);

    /// <summary>A count or other non-negative integer.</summary>
    public void Count(int value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A count cannot be negative.");
        }

        writer.Write7BitEncodedInt(value);
    }

    /// <summary>Any integer (zigzag, so that small negative values such as -1 stay one byte).</summary>
    public void Int(int value) => writer.Write7BitEncodedInt((value << 1) ^ (value >> 31));

    public void Long(long value) => writer.Write7BitEncodedInt64((value << 1) ^ (value >> 63));

    public void ULong(ulong value) => writer.Write(value);

    public void Bool(bool value) => writer.Write(value);

    public void Double(double value) => writer.Write(value);

    /// <summary>A string or null: 0 for null, 1 and the characters for a string not yet written, else its index plus 2.</summary>
    public void String(string? value)
    {
        if (value is null)
        {
            writer.Write7BitEncodedInt(0);
            return;
        }

        if (strings.TryGetValue(value, out int index))
        {
            writer.Write7BitEncodedInt(index + 2);
            return;
        }

        strings.Add(value, strings.Count);
        writer.Write7BitEncodedInt(1);
        writer.Write(value);
    }

    /// <summary>A day or null.</summary>
    public void Day(DateOnly? value) => writer.Write7BitEncodedInt(value is { } d ? d.DayNumber + 1 : 0);

    /// <summary>A list: its count, then each item.</summary>
    public void List<T>(IReadOnlyCollection<T> items, Action<RecordWriter, T> write)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(write);
        Count(items.Count);
        foreach (var item in items)
        {
            write(this, item);
        }
    }

    /// <summary>The bytes written so far.</summary>
    public byte[] ToArray()
    {
        writer.Flush();
        return stream.ToArray();
    }
}
