using System.IO.Compression;

namespace Dossier.Entities.Ner;

/// <summary>
/// Reads column NER files (CoNLL-2003 <c>word POS chunk TAG</c>, WikiGold <c>word TAG</c>, re3d <c>word\tTAG</c>):
/// the first column is the word and the last the tag; only those two are read, so the gold POS column is never a
/// feature. Tags may be IOB1, IOB2 or IO; chunks are read as conlleval reads them.
/// </summary>
public static class ConllNerReader
{
    /// <summary>Reads a file (or .gz); documents split at <c>-DOCSTART-</c>, or the whole file is one document.</summary>
    public static List<NerDocument> ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new StreamReader(new GZipStream(stream, CompressionMode.Decompress))
            : new StreamReader(stream);
        return Read(reader, Path.GetFileNameWithoutExtension(path));
    }

    public static List<NerDocument> Read(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var documents = new List<NerDocument>();
        var sentences = new List<NerSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        int lineNumber = 0;

        void EndSentence()
        {
            if (words.Count > 0)
            {
                sentences.Add(new NerSentence([.. words], Chunks(tags)));
                words.Clear();
                tags.Clear();
            }
        }

        void EndDocument()
        {
            EndSentence();
            if (sentences.Count > 0)
            {
                documents.Add(new NerDocument($"{name}#{documents.Count + 1}", [.. sentences]));
                sentences.Clear();
            }
        }

        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            string trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                EndSentence();
                continue;
            }

            string[] cols = trimmed.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (cols[0] == "-DOCSTART-")
            {
                EndDocument();
                continue;
            }

            if (cols.Length < 2)
            {
                throw new InvalidDataException($"DOS0501: {name}:{lineNumber} has one column; expected 'word ... TAG'.");
            }

            words.Add(cols[0]);
            tags.Add(cols[^1]);
        }

        EndDocument();
        return documents;
    }

    /// <summary>Chunks from IOB1/IOB2/IO tags the way conlleval reads them: a chunk starts at B-, or at I- after another type or O.</summary>
    public static List<(int Start, int End, string Type)> Chunks(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var chunks = new List<(int, int, string)>();
        int start = -1;
        string? type = null;
        for (int i = 0; i <= tags.Count; i++)
        {
            string tag = i < tags.Count ? tags[i] : "O";
            char prefix = tag.Length > 1 && tag[1] == '-' ? tag[0] : 'O';
            string? t = prefix == 'O' ? null : tag[2..];
            bool begins = prefix is 'B' or 'S' or 'U' || (prefix is 'I' or 'E' or 'L' && t != type);
            if (type is not null && (prefix == 'O' || begins))
            {
                chunks.Add((start, i, type));
                type = null;
            }

            if (t is not null && (begins || type is null))
            {
                start = i;
                type = t;
            }

            if (prefix is 'E' or 'L' or 'S' or 'U' && type is not null)
            {
                chunks.Add((start, i + 1, type));
                type = null;
            }
        }

        return chunks;
    }
}
