using System.Globalization;
using System.IO.Compression;

namespace Dossier.Formats.Conllu;

/// <summary>Reads CoNLL-U files (plain or <c>.gz</c>), skipping empty nodes (<c>8.1</c>).</summary>
public static class ConlluReader
{
    public static IEnumerable<ConlluSentence> ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"DOS0040: CoNLL-U file {path} does not exist.", path);
        }

        using var stream = File.OpenRead(path);
        using Stream input = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(input);
        foreach (var sentence in Read(reader, path))
        {
            yield return sentence;
        }
    }

    public static IEnumerable<ConlluSentence> Read(TextReader reader, string name = "<input>")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var comments = new List<KeyValuePair<string, string>>();
        var words = new List<ConlluWord>();
        var tokens = new List<ConlluToken>();
        (int First, int Last, string Form, string Misc)? pendingMwt = null;
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (words.Count > 0)
                {
                    yield return new ConlluSentence(comments, words, tokens);
                }

                comments = [];
                words = [];
                tokens = [];
                pendingMwt = null;
                continue;
            }

            if (line[0] == '#')
            {
                string body = line[1..].Trim();
                int eq = body.IndexOf('=', StringComparison.Ordinal);
                comments.Add(eq < 0
                    ? new KeyValuePair<string, string>(body, string.Empty)
                    : new KeyValuePair<string, string>(body[..eq].Trim(), body[(eq + 1)..].Trim()));
                continue;
            }

            string[] cols = line.Split('\t');
            if (cols.Length != 10)
            {
                throw new InvalidDataException($"DOS0041: {name}:{lineNumber} has {cols.Length} columns; CoNLL-U needs 10.");
            }

            string id = cols[0];
            if (id.Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            int dash = id.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                int first = int.Parse(id.AsSpan(0, dash), CultureInfo.InvariantCulture);
                int last = int.Parse(id.AsSpan(dash + 1), CultureInfo.InvariantCulture);
                pendingMwt = (first, last, cols[1], cols[9]);
                continue;
            }

            int wordId = int.Parse(id, CultureInfo.InvariantCulture);
            int head = cols[6] == "_" ? -1 : int.Parse(cols[6], CultureInfo.InvariantCulture);
            words.Add(new ConlluWord(wordId, cols[1], cols[2], cols[3], cols[4], cols[5], head, cols[7], cols[8]));
            if (pendingMwt is { } mwt && wordId >= mwt.First && wordId <= mwt.Last)
            {
                if (wordId == mwt.Last)
                {
                    tokens.Add(new ConlluToken(mwt.Form, mwt.First - 1, mwt.Last - 1, mwt.Misc));
                    pendingMwt = null;
                }
            }
            else
            {
                tokens.Add(new ConlluToken(cols[1], wordId - 1, wordId - 1, cols[9]));
            }
        }

        if (words.Count > 0)
        {
            yield return new ConlluSentence(comments, words, tokens);
        }
    }
}
