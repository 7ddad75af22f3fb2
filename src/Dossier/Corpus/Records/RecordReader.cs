using System.Text;

namespace Dossier.Corpus.Records;

/// <summary>
/// Reads what <see cref="RecordWriter"/> wrote, in the same order; strings are shared through the build's
/// <see cref="StringPool"/>, as records read from documents share theirs. A record that ends early or holds a value
/// out of range throws <see cref="InvalidDataException"/>.
/// </summary>
public sealed class RecordReader
{
    private readonly BinaryReader reader;
    private readonly StringPool pool;
    private readonly List<string> strings = [];

    public RecordReader(byte[] data, StringPool pool)
        : this(data, 0, data?.Length ?? 0, pool)
    {
    }

    /// <summary>Reads <paramref name="count"/> bytes of <paramref name="data"/> from <paramref name="offset"/> (one part of a record).</summary>
    public RecordReader(byte[] data, int offset, int count, StringPool pool)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(pool);
        reader = new BinaryReader(new MemoryStream(data, offset, count, writable: false), Encoding.UTF8);
        this.pool = pool;
    }

    /// <summary>The pool the record's strings are shared through.</summary>
    public StringPool Pool => pool;

    public int Count()
    {
        int value = Read(reader.Read7BitEncodedInt);
        return value >= 0 ? value : throw new InvalidDataException($"A count of {value} in a corpus record.");
    }

    public int Int()
    {
        uint raw = (uint)Read(reader.Read7BitEncodedInt);
        return (int)(raw >> 1) ^ -(int)(raw & 1);
    }

    public long Long()
    {
        ulong raw = (ulong)Read(reader.Read7BitEncodedInt64);
        return (long)(raw >> 1) ^ -(long)(raw & 1);
    }

    public ulong ULong() => Read(reader.ReadUInt64);

    public bool Bool() => Read(reader.ReadBoolean);

    public double Double() => Read(reader.ReadDouble);

    public string? String()
    {
        int code = Read(reader.Read7BitEncodedInt);
        switch (code)
        {
            case 0:
                return null;
            case 1:
                string value = pool.Share(Read(reader.ReadString));
                strings.Add(value);
                return value;
            default:
                return code - 2 < strings.Count && code >= 2
                    ? strings[code - 2]
                    : throw new InvalidDataException($"A corpus record refers to string {code - 2}, but holds {strings.Count}.");
        }
    }

    /// <summary>A string that is never null.</summary>
    public string Text() => String() ?? throw new InvalidDataException("A corpus record holds null where text is required.");

    public DateOnly? Day()
    {
        int value = Read(reader.Read7BitEncodedInt);
        return value == 0 ? null : value - 1 <= DateOnly.MaxValue.DayNumber && value > 0
            ? DateOnly.FromDayNumber(value - 1)
            : throw new InvalidDataException($"A corpus record holds day number {value - 1}.");
    }

    /// <summary>A list written by <see cref="RecordWriter.List{T}"/>.</summary>
    public List<T> List<T>(Func<RecordReader, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        int count = Count();
        // The count comes from stored bytes: a damaged one must fail on the missing items, not allocate first.
        var list = new List<T>(Math.Min(count, 1024));
        for (int i = 0; i < count; i++)
        {
            list.Add(read(this));
        }

        return list;
    }

    /// <summary>Whether every byte of the record was read (a decoder checks it at the end).</summary>
    public bool AtEnd => reader.BaseStream.Position == reader.BaseStream.Length;

    /// <summary>Where the reader is, from the start of what it reads.</summary>
    public int Position => (int)reader.BaseStream.Position;

    private static T Read<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("A corpus record ends early.", e);
        }
        catch (FormatException e)
        {
            throw new InvalidDataException("A corpus record holds a malformed number or string.", e);
        }
        catch (IOException e)
        {
            // BinaryReader.ReadString throws a plain IOException on a negative length: damage like any other.
            throw new InvalidDataException("A corpus record holds a malformed string.", e);
        }
    }
}
