using System.Security.Cryptography;
using System.Text;
using Dossier.Resources;

namespace Dossier.Corpus.Records;

/// <summary>
/// The compact binary form of an <see cref="ArticleCorpusRecord"/>, which the store keeps per article so that a
/// corpus rebuild reads records instead of loading documents. A record depends on the code and the resources that
/// took it from the document (the event reports' reader, the claims lexicon, the known-date events), so it is kept
/// under <see cref="Producer"/>, and a record kept by any other build is taken again from the document.
/// </summary>
public static class ArticleCorpusRecordCodec
{
    /// <summary>The layout of the bytes; part of <see cref="Producer"/> (2: with the mentions' part; 3: with the units' part, first).</summary>
    private const int Format = 3;

    private static readonly Lazy<string> ProducerValue = new(Identify);

    /// <summary>
    /// Who encodes records: the format, the Dossier assembly's module version id (a deterministic build gives a new
    /// one whenever its code changes) and a SHA-256 of the resources folder. Records kept under another producer are
    /// not read.
    /// </summary>
    public static string Producer => ProducerValue.Value;

    /// <summary>
    /// The record's bytes: a header (format, article id, whether it is undated, each part's length) and then each
    /// stage's part, each with strings of its own, so that a build can read one stage's part of every article and let
    /// it go before reading the next stage's (<see cref="Read{T}"/>).
    /// </summary>
    public static byte[] Encode(ArticleCorpusRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        byte[][] parts =
        [
            Part(w => EntityUnitsRecordCodec.Write(w, record.Units)),
            Part(w => SignatureRecordCodec.Write(w, record.Signature)),
            Part(w => TermsRecordCodec.Write(w, record.Terms)),
            Part(w => EntityNodesRecordCodec.Write(w, record.Nodes)),
            Part(w => EventsRecordCodec.Write(w, record.Events)),
            Part(w => ClaimsRecordCodec.Write(w, record.Claims)),
            Part(w => MentionsRecordCodec.Write(w, record.Mentions)),
        ];
        var header = new RecordWriter();
        header.Count(Format);
        header.String(record.Id);
        header.Bool(record.Undated);
        foreach (byte[] part in parts)
        {
            header.Count(part.Length);
            header.Long(Checksum(part));
        }

        return [.. header.ToArray(), .. parts.SelectMany(p => p)];
    }

    /// <summary>
    /// The record <see cref="Encode"/> wrote, its strings shared through <paramref name="pool"/>; throws
    /// <see cref="InvalidDataException"/> (DOS0812, naming <paramref name="articleId"/>) when the bytes are damaged
    /// or are not that article's record.
    /// </summary>
    public static ArticleCorpusRecord Decode(byte[] data, string articleId, StringPool pool)
    {
        var layout = Layout.Of(data, articleId, pool);
        return new ArticleCorpusRecord(
            articleId,
            layout.Undated,
            layout.Read(CorpusRecordPart.Signature, SignatureRecordCodec.Read),
            layout.Read(CorpusRecordPart.Terms, TermsRecordCodec.Read),
            layout.Read(CorpusRecordPart.Nodes, EntityNodesRecordCodec.Read),
            layout.Read(CorpusRecordPart.Events, EventsRecordCodec.Read),
            layout.Read(CorpusRecordPart.Claims, ClaimsRecordCodec.Read),
            layout.Read(CorpusRecordPart.Mentions, MentionsRecordCodec.Read),
            layout.Read(CorpusRecordPart.Units, EntityUnitsRecordCodec.Read));
    }

    /// <summary>Whether the record is of an article that states no publication day (its header only).</summary>
    public static bool Undated(byte[] data, string articleId) => Layout.Of(data, articleId, new StringPool()).Undated;

    /// <summary>One stage's part of the record (<see cref="Decode"/> for the whole record).</summary>
    public static T Read<T>(byte[] data, string articleId, CorpusRecordPart part, Func<RecordReader, T> read, StringPool pool) =>
        Layout.Of(data, articleId, pool).Read(part, read);

    /// <summary>
    /// One part of a record read from the record's first bytes only (<paramref name="firstBytes"/> gives at most that
    /// many, fewer when the record is shorter; null when no record is kept): the header and the parts up to the one
    /// asked for, so that the first part (<see cref="CorpusRecordPart.Units"/>) of a record of tens of kilobytes is read
    /// from a few. Throws as <see cref="Read{T}"/> does when the bytes are damaged.
    /// </summary>
    public static T? ReadFirst<T>(Func<int, byte[]?> firstBytes, string articleId, CorpusRecordPart part, Func<RecordReader, T> read, StringPool pool)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(firstBytes);
        for (int want = FirstRead; ;)
        {
            if (firstBytes(want) is not { } data)
            {
                return null;
            }

            bool whole = data.Length < want;
            Layout layout;
            try
            {
                layout = Layout.Of(data, articleId, pool, whole);
            }
            catch (InvalidDataException) when (!whole)
            {
                // The header goes on past the bytes read (or is damaged, which the whole record then shows).
                want = checked(want * 4);
                continue;
            }

            if (layout.End(part) <= data.Length)
            {
                return layout.Read(part, read);
            }

            want = layout.End(part);
        }
    }

    /// <summary>How many of a record's first bytes <see cref="ReadFirst{T}"/> reads first: the header and, for most articles, the units.</summary>
    private const int FirstRead = 4_096;

    /// <summary>
    /// FNV-1a (32 bits) of a part's bytes: the store's own integrity checks aside, a record damaged in a way that
    /// still parses (a changed letter) must not build a different snapshot silently.
    /// </summary>
    private static long Checksum(ReadOnlySpan<byte> bytes)
    {
        uint hash = 2166136261;
        foreach (byte b in bytes)
        {
            hash = (hash ^ b) * 16777619;
        }

        return hash;
    }

    private static byte[] Part(Action<RecordWriter> write)
    {
        var w = new RecordWriter();
        write(w);
        return w.ToArray();
    }

    /// <summary>Where each part of a record lies, read from its header.</summary>
    private sealed class Layout
    {
        private readonly byte[] data;
        private readonly string articleId;
        private readonly StringPool pool;
        private readonly int[] starts = new int[PartCount + 1];
        private readonly long[] checksums = new long[PartCount];

        private const int PartCount = 7;

        private Layout(byte[] data, string articleId, StringPool pool)
        {
            this.data = data;
            this.articleId = articleId;
            this.pool = pool;
        }

        public bool Undated { get; private set; }

        /// <param name="whole">Whether <paramref name="data"/> is the whole record, not its first bytes.</param>
        public static Layout Of(byte[] data, string articleId, StringPool pool, bool whole = true)
        {
            ArgumentNullException.ThrowIfNull(data);
            ArgumentNullException.ThrowIfNull(articleId);
            ArgumentNullException.ThrowIfNull(pool);
            var layout = new Layout(data, articleId, pool);
            Guard(articleId, () =>
            {
                var r = new RecordReader(data, pool);
                int format = r.Count();
                if (format != Format)
                {
                    throw new InvalidDataException($"its format is {format}, this build reads {Format}");
                }

                string id = r.Text();
                if (!string.Equals(id, articleId, StringComparison.Ordinal))
                {
                    throw new InvalidDataException($"it is the record of article {id}");
                }

                layout.Undated = r.Bool();
                var lengths = new int[PartCount];
                for (int i = 0; i < PartCount; i++)
                {
                    lengths[i] = r.Count();
                    layout.checksums[i] = r.Long();
                }

                long at = r.Position;
                for (int i = 0; i < PartCount; i++)
                {
                    layout.starts[i] = (int)at;
                    at += lengths[i];
                }

                layout.starts[PartCount] = (int)Math.Min(at, int.MaxValue);
                if (whole ? at != data.Length : at < data.Length)
                {
                    throw new InvalidDataException($"its parts take {at} bytes, but it has {data.Length}");
                }

                return 0;
            });
            return layout;
        }

        /// <summary>Where a part ends: how many of the record's first bytes hold it.</summary>
        public int End(CorpusRecordPart part) => starts[(int)part + 1];

        public T Read<T>(CorpusRecordPart part, Func<RecordReader, T> read)
        {
            ArgumentNullException.ThrowIfNull(read);
            int i = (int)part;
            return Guard(articleId, () =>
            {
                if (Checksum(data.AsSpan(starts[i], starts[i + 1] - starts[i])) != checksums[i])
                {
                    throw new InvalidDataException($"its {part} part does not match its checksum");
                }

                var r = new RecordReader(data, starts[i], starts[i + 1] - starts[i], pool);
                var value = read(r);
                return r.AtEnd ? value : throw new InvalidDataException($"bytes are left after the end of its {part} part");
            });
        }

        private static T Guard<T>(string articleId, Func<T> read)
        {
            try
            {
                return read();
            }
            catch (InvalidDataException e) when (!e.Message.StartsWith("DOS0812", StringComparison.Ordinal))
            {
                throw Damaged(articleId, e.Message, e);
            }
            catch (Exception e) when (e is ArgumentException or OverflowException or IndexOutOfRangeException or FormatException or EndOfStreamException)
            {
                // A part's reader building a value from damaged bytes (a day out of range, a span that ends before it starts).
                throw Damaged(articleId, e.Message.TrimEnd('.'), e);
            }
        }

        private static InvalidDataException Damaged(string articleId, string why, Exception inner) =>
            new($"DOS0812: the corpus record kept for article {articleId} cannot be read: {why}.", inner);
    }

    private static string Identify()
    {
        var mvid = typeof(ArticleCorpusRecord).Assembly.ManifestModule.ModuleVersionId;
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        string root = ResourceLocator.Resource();
        if (Directory.Exists(root))
        {
            foreach (string file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                sha.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(root, file).Replace('\\', '/') + "\n"));
                sha.AppendData(File.ReadAllBytes(file));
            }
        }

        return $"{Format}:{mvid:N}:{Convert.ToHexStringLower(sha.GetHashAndReset())[..16]}";
    }
}
