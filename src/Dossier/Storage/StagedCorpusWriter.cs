namespace Dossier.Storage;

/// <summary>
/// The part of a store's <see cref="ICorpusWriter"/> that is the same for every store: items are buffered and staged
/// in batches (a transaction each, between which the store serves its other calls), a discarded kind is dropped from
/// the buffer and from what was staged, and the commit stages the rest before the store replaces its snapshot.
/// </summary>
public abstract class StagedCorpusWriter : ICorpusWriter
{
    /// <summary>How many items, or characters (or UTF-8 bytes) of JSON, are buffered before they are staged.</summary>
    private const int BatchItems = 2048, BatchChars = 8 << 20;

    private readonly List<StagedItem> buffer = [];
    private long bufferedChars;
    private bool done;

    public void Write(string kind, string id, string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        Buffer(new StagedItem(kind, id, json, null));
    }

    public void Write(string kind, string id, byte[] utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        Buffer(new StagedItem(kind, id, null, utf8Json));
    }

    public void Discard(string kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ObjectDisposedException.ThrowIf(done, this);
        buffer.RemoveAll(i => i.Kind == kind);
        bufferedChars = buffer.Sum(i => (long)i.Length);
        Unstage(kind);
    }

    public void ReadStaged(IReadOnlyList<string> kinds, Action<string, string, string> item)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(item);
        ObjectDisposedException.ThrowIf(done, this);
        Flush();
        Read(kinds, item);
    }

    public void Commit()
    {
        ObjectDisposedException.ThrowIf(done, this);
        Flush();
        Replace();
        done = true;
    }

    public void Dispose()
    {
        if (!done)
        {
            done = true;
            buffer.Clear();
            Abandon();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Stages a batch of items apart from the saved snapshot, in one transaction.</summary>
    protected abstract void Stage(IReadOnlyList<StagedItem> items);

    /// <summary>Reads the staged items of each kind, in ordinal order of id (all are staged: the buffer is flushed).</summary>
    protected abstract void Read(IReadOnlyList<string> kinds, Action<string, string, string> item);

    /// <summary>Drops the staged items of one kind.</summary>
    protected abstract void Unstage(string kind);

    /// <summary>Replaces the saved snapshot with the staged items in one transaction, and drops the staging.</summary>
    protected abstract void Replace();

    /// <summary>Drops the staging and leaves the saved snapshot as it was.</summary>
    protected abstract void Abandon();

    private void Buffer(StagedItem item)
    {
        ArgumentNullException.ThrowIfNull(item.Kind, "kind");
        ArgumentNullException.ThrowIfNull(item.Id, "id");
        ObjectDisposedException.ThrowIf(done, this);
        buffer.Add(item);
        bufferedChars += item.Length;
        if (buffer.Count >= BatchItems || bufferedChars >= BatchChars)
        {
            Flush();
        }
    }

    private void Flush()
    {
        if (buffer.Count > 0)
        {
            Stage(buffer);
            buffer.Clear();
            bufferedChars = 0;
        }
    }
}

/// <summary>An item buffered for staging, its JSON as a string or as UTF-8 (one of the two).</summary>
public readonly record struct StagedItem(string Kind, string Id, string? Json, byte[]? Utf8Json)
{
    /// <summary>How long the JSON is (characters or bytes: what the buffer's limit counts).</summary>
    public int Length => Json?.Length ?? Utf8Json!.Length;

    /// <summary>The JSON as a string (made from the UTF-8 when given so).</summary>
    public string Text => Json ?? System.Text.Encoding.UTF8.GetString(Utf8Json!);
}
