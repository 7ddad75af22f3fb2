namespace Dossier.Corpus.Records;

/// <summary>
/// Items a record writes once and refers to after, by index, as <see cref="RecordWriter"/> does with strings: the next
/// index in the table means the item follows. Reading them back shares one instance wherever the writer had one.
/// </summary>
internal static class RecordTable
{
    /// <summary>Writes the index (plus <paramref name="offset"/>) of an item written before, or the next index and true when the item must follow.</summary>
    public static bool Refer<T>(RecordWriter w, Dictionary<T, int> table, T item, int offset = 0)
        where T : notnull
    {
        if (table.TryGetValue(item, out int index))
        {
            w.Count(index + offset);
            return false;
        }

        w.Count(table.Count + offset);
        table.Add(item, table.Count);
        return true;
    }

    /// <summary>The item at <paramref name="index"/>, read and added when it is the next one.</summary>
    public static T Resolve<T>(int index, RecordReader r, List<T> table, string what, Func<RecordReader, T> read)
    {
        if (index < table.Count)
        {
            return table[index];
        }

        if (index > table.Count)
        {
            throw new InvalidDataException($"A corpus record refers to {what} {index}, but holds {table.Count}.");
        }

        var item = read(r);
        table.Add(item);
        return item;
    }
}
