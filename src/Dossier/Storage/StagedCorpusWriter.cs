namespace Dossier.Storage;

/// <summary>
/// The part of a store's <see cref="ICorpusWriter"/> that is the same for every store: items are buffered and staged
/// in batches (a transaction each, between which the store serves its other calls), a discarded kind is dropped from
/// the buffer and from what was staged, and the commit stages the rest before the store replaces its snapshot.
/// </summary>
public abstract class StagedCorpusWriter : ICorpusWriter
{
    /// <summary>How many items, or characters of JSON, are buffered before they are staged.</summary>
    private const int BatchItems = 2048, BatchChars = 8 << 20;

    private readonly List<(string Kind, string Id, string Json)> buffer = [];
    private long bufferedChars;
    private bool done;

    public void Write(string kind, string id, string json)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(json);
        ObjectDisposedException.ThrowIf(done, this);
        buffer.Add((kind, id, json));
        bufferedChars += json.Length;
        if (buffer.Count >= BatchItems || bufferedChars >= BatchChars)
        {
            Flush();
        }
    }

    public void Discard(string kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ObjectDisposedException.ThrowIf(done, this);
        buffer.RemoveAll(i => i.Kind == kind);
        bufferedChars = buffer.Sum(i => (long)i.Json.Length);
        Unstage(kind);
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
    protected abstract void Stage(IReadOnlyList<(string Kind, string Id, string Json)> items);

    /// <summary>Drops the staged items of one kind.</summary>
    protected abstract void Unstage(string kind);

    /// <summary>Replaces the saved snapshot with the staged items in one transaction, and drops the staging.</summary>
    protected abstract void Replace();

    /// <summary>Drops the staging and leaves the saved snapshot as it was.</summary>
    protected abstract void Abandon();

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
