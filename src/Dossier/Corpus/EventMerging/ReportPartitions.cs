using Dossier.Corpus.Records;

namespace Dossier.Corpus.EventMerging;

/// <summary>
/// Every article's event reports, held for merging. The merger only ever joins reports of one partition (one cue
/// category, the code's first two digits, and one modality class: it looks events up by category, and a report fits
/// an event only of its own modality class), so merging each partition alone gives the same events as merging all
/// reports at once. A small corpus keeps its reports as they are, in one partition. Once more than
/// <see cref="EncodeAbove"/> reports are held, they are kept encoded (<see cref="EventReportsRecordCodec"/>: about a
/// tenth of their size as objects) by partition in a temporary file, each partition's in chunks of its own, and only
/// the partition being merged is read back: memory then holds a chunk buffer per partition and the partition being
/// merged, not every report, for about a quarter more CPU in the stage. Disposing it deletes the file.
/// </summary>
internal sealed class ReportPartitions : IDisposable
{
    /// <summary>How many bytes of a partition's encoded reports are buffered before they are written to the file.</summary>
    private readonly int chunkBytes;

    /// <summary>The partition of a small corpus: every report.</summary>
    private const string All = "";

    private readonly SortedDictionary<string, Spilled> encoded = new(StringComparer.Ordinal);
    private List<(int Article, IReadOnlyList<EventReport> Reports)>? held = [];
    private int count;
    private FileStream? file;
    private long written;

    /// <param name="encodeAbove">How many reports are held as objects before they are kept encoded by partition.</param>
    /// <param name="chunkBytes">How many bytes of a partition's encoded reports are buffered before they go to the file.</param>
    public ReportPartitions(int encodeAbove = DefaultEncodeAbove, int chunkBytes = 64 * 1024)
    {
        EncodeAbove = encodeAbove;
        this.chunkBytes = chunkBytes;
    }

    /// <summary>How many bytes of encoded reports were written to the temporary file.</summary>
    public long SpilledBytes => written;

    /// <summary>The default of <see cref="EncodeAbove"/>: about 3,500 articles of Timeline17, some 90 MB of reports.</summary>
    public const int DefaultEncodeAbove = 100_000;

    /// <summary>How many reports are held as objects before they are kept encoded by partition.</summary>
    public int EncodeAbove { get; }

    /// <summary>The partition a report belongs to when reports are kept encoded.</summary>
    public static string KeyOf(EventReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Root + "\u0001" + report.ModalityClass;
    }

    /// <summary>Whether the reports are kept encoded by partition (otherwise one partition holds them all).</summary>
    public bool Partitioned => held is null;

    /// <summary>The partitions that hold reports, in ordinal order.</summary>
    public IEnumerable<string> Keys => held is null ? encoded.Keys : held.Count > 0 ? [All] : [];

    /// <summary>The partition a report read again from its document joins.</summary>
    public string PartitionOf(EventReport report) => held is null ? KeyOf(report) : All;

    /// <summary>Keeps one article's reports (the article by its position in the build's list).</summary>
    public void Add(int article, IReadOnlyList<EventReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (reports.Count == 0)
        {
            return;
        }

        count += reports.Count;
        if (held is not null)
        {
            held.Add((article, reports));
            if (count <= EncodeAbove)
            {
                return;
            }

            foreach (var (a, r) in held)
            {
                Encode(a, r);
            }

            held = null;
            return;
        }

        Encode(article, reports);
    }

    /// <summary>
    /// Keeps one article's reports in the partition <paramref name="key"/>, whatever their own
    /// (<see cref="KeyOf"/>): for dividing a partition further. The reports are kept encoded from the first.
    /// </summary>
    public void Add(string key, int article, IReadOnlyList<EventReport> reports)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(reports);
        if (held is { Count: > 0 })
        {
            throw new InvalidOperationException("Reports held by their own partition cannot be joined by reports of a partition given.");
        }

        held = null;
        if (reports.Count > 0)
        {
            count += reports.Count;
            Encode(key, article, reports);
        }
    }

    /// <summary>How many reports a partition holds.</summary>
    public int CountOf(string key) => held is not null ? (key == All ? count : 0) : encoded.TryGetValue(key, out var spilled) ? spilled.Reports : 0;

    /// <summary>The reports of one partition, by article position, encoded ones read back through a pool of the partition's own; <paramref name="skip"/> leaves out articles whose reports are read again from their documents.</summary>
    public IEnumerable<(int Article, IReadOnlyList<EventReport> Reports)> Read(string key, Func<int, bool> skip)
    {
        ArgumentNullException.ThrowIfNull(skip);
        if (held is not null)
        {
            foreach (var entry in held.Where(e => key == All && !skip(e.Article)))
            {
                yield return entry;
            }

            yield break;
        }

        if (!encoded.TryGetValue(key, out var spilled))
        {
            yield break;
        }

        var pool = new StringPool();
        foreach (var (offset, length) in spilled.Chunks)
        {
            var chunk = new byte[length];
            for (int read = 0; read < length;)
            {
                int n = RandomAccess.Read(file!.SafeFileHandle, chunk.AsSpan(read), offset + read);
                read += n > 0 ? n : throw new IOException($"DOS0813: the temporary file of event reports {file.Name} ended before its chunk at {offset}.");
            }

            foreach (var entry in Entries(chunk, length, skip, pool))
            {
                yield return entry;
            }
        }

        foreach (var entry in Entries(spilled.Buffer.GetBuffer(), (int)spilled.Buffer.Length, skip, pool))
        {
            yield return entry;
        }
    }

    public void Dispose()
    {
        file?.Dispose();
        file = null;
    }

    /// <summary>The entries of a chunk: each an article's position and its encoded reports of the partition.</summary>
    private static IEnumerable<(int Article, IReadOnlyList<EventReport> Reports)> Entries(byte[] chunk, int length, Func<int, bool> skip, StringPool pool)
    {
        using var header = new BinaryReader(new MemoryStream(chunk, 0, length, writable: false));
        while (header.BaseStream.Position < length)
        {
            int article = header.Read7BitEncodedInt();
            int size = header.Read7BitEncodedInt();
            int at = (int)header.BaseStream.Position;
            if (!skip(article))
            {
                yield return (article, EventReportsRecordCodec.Read(new RecordReader(chunk, at, size, pool)));
            }

            header.BaseStream.Position = at + size;
        }
    }

    private void Encode(int article, IReadOnlyList<EventReport> reports)
    {
        foreach (var group in reports.GroupBy(KeyOf, StringComparer.Ordinal))
        {
            Encode(group.Key, article, [.. group]);
        }
    }

    private void Encode(string key, int article, IReadOnlyList<EventReport> reports)
    {
        var w = new RecordWriter();
        EventReportsRecordCodec.Write(w, reports);
        byte[] bytes = w.ToArray();
        if (!encoded.TryGetValue(key, out var spilled))
        {
            encoded[key] = spilled = new Spilled();
        }

        spilled.Reports += reports.Count;
        spilled.Writer.Write7BitEncodedInt(article);
        spilled.Writer.Write7BitEncodedInt(bytes.Length);
        spilled.Writer.Write(bytes);
        if (spilled.Buffer.Length >= chunkBytes)
        {
            Flush(spilled);
        }
    }

    /// <summary>Writes a partition's buffered entries to the end of the file as one chunk.</summary>
    private void Flush(Spilled spilled)
    {
        if (file is null)
        {
            string path = Path.Combine(Path.GetTempPath(), $"dossier-event-reports-{Guid.NewGuid():N}.tmp");
            try
            {
                file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new IOException($"DOS0814: cannot write the temporary file of event reports {path} (set TMPDIR to a writable folder with room): {e.Message}", e);
            }
        }

        int length = (int)spilled.Buffer.Length;
        RandomAccess.Write(file.SafeFileHandle, spilled.Buffer.GetBuffer().AsSpan(0, length), written);
        spilled.Chunks.Add((written, length));
        written += length;
        spilled.Buffer.SetLength(0);
    }

    /// <summary>One partition's encoded reports: the chunks written to the file, and the entries not yet written.</summary>
    private sealed class Spilled
    {
        public List<(long Offset, int Length)> Chunks { get; } = [];

        public Spilled() => Writer = new BinaryWriter(Buffer);

        public MemoryStream Buffer { get; } = new();

        /// <summary>Writes the entries into <see cref="Buffer"/> (each an article's position, the size of its encoded reports, and those).</summary>
        public BinaryWriter Writer { get; }

        /// <summary>How many reports the partition holds.</summary>
        public int Reports { get; set; }
    }
}
