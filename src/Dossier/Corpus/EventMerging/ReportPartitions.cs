using Dossier.Corpus.Records;

namespace Dossier.Corpus.EventMerging;

/// <summary>
/// Every article's event reports, held for merging. The merger only ever joins reports of one partition (one cue
/// category, the code's first two digits, and one modality class: it looks events up by category, and a report fits
/// an event only of its own modality class), so merging each partition alone gives the same events as merging all
/// reports at once. A small corpus keeps its reports as they are, in one partition. Once more than
/// <see cref="EncodeAbove"/> reports are held, they are kept encoded (<see cref="EventReportsRecordCodec"/>: about a
/// tenth of their size as objects) by partition, and only the partition being merged is read back: memory then grows
/// with the bytes, not the objects, for about a quarter more CPU in the stage.
/// </summary>
internal sealed class ReportPartitions
{
    /// <summary>The partition of a small corpus: every report.</summary>
    private const string All = "";

    private readonly SortedDictionary<string, List<(int Article, byte[] Reports)>> encoded = new(StringComparer.Ordinal);
    private List<(int Article, IReadOnlyList<EventReport> Reports)>? held = [];
    private int count;

    /// <param name="encodeAbove">How many reports are held as objects before they are kept encoded by partition.</param>
    public ReportPartitions(int encodeAbove = DefaultEncodeAbove) => EncodeAbove = encodeAbove;

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

        if (!encoded.TryGetValue(key, out var list))
        {
            yield break;
        }

        var pool = new StringPool();
        foreach (var (article, bytes) in list)
        {
            if (!skip(article))
            {
                yield return (article, EventReportsRecordCodec.Read(new RecordReader(bytes, pool)));
            }
        }
    }

    private void Encode(int article, IReadOnlyList<EventReport> reports)
    {
        foreach (var group in reports.GroupBy(KeyOf, StringComparer.Ordinal))
        {
            var w = new RecordWriter();
            EventReportsRecordCodec.Write(w, [.. group]);
            if (!encoded.TryGetValue(group.Key, out var list))
            {
                encoded[group.Key] = list = [];
            }

            list.Add((article, w.ToArray()));
        }
    }
}
