namespace Dossier.Resources;

/// <summary>
/// A rule or word-list file: a header of <c>FORMAT:</c>, <c>SOURCE:</c> and <c>LICENSE:</c> lines (each starting with
/// <c>#</c>), then data lines. Blank lines and <c>#</c> comments are skipped; each data line keeps its line number so
/// errors can name it (<c>resources/en/tokenizer/abbreviations.txt:42</c>).
/// </summary>
public sealed class ResourceFile
{
    private ResourceFile(string path, IReadOnlyDictionary<string, string> header, IReadOnlyList<ResourceLine> lines)
    {
        Path = path;
        Header = header;
        Lines = lines;
    }

    public string Path { get; }

    public IReadOnlyDictionary<string, string> Header { get; }

    public IReadOnlyList<ResourceLine> Lines { get; }

    public static ResourceFile Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"DOS0031: resource file {path} does not exist.", path);
        }

        var header = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var lines = new List<ResourceLine>();
        int number = 0;
        foreach (string raw in File.ReadLines(path))
        {
            number++;
            string line = raw.TrimEnd();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('#'))
            {
                string comment = line.TrimStart('#').Trim();
                int colon = comment.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0 && lines.Count == 0)
                {
                    string key = comment[..colon].Trim();
                    if (key.Length > 0 && key.All(c => char.IsAsciiLetterUpper(c) || c == '_'))
                    {
                        header[key] = comment[(colon + 1)..].Trim();
                    }
                }

                continue;
            }

            lines.Add(new ResourceLine(number, line));
        }

        foreach (string required in new[] { "FORMAT", "SOURCE", "LICENSE" })
        {
            if (!header.ContainsKey(required))
            {
                throw new InvalidDataException($"DOS0032: {path} lacks its '# {required}:' header line.");
            }
        }

        return new ResourceFile(path, header, lines);
    }

    /// <summary>Where a line came from, for error messages.</summary>
    public string Where(ResourceLine line) => $"{Path}:{line.Number}";
}

/// <summary>A data line of a resource file with its 1-based line number.</summary>
public readonly record struct ResourceLine(int Number, string Text)
{
    /// <summary>
    /// The line's tab-separated columns, padded with empty ones to at least <paramref name="count"/>: tables written
    /// with empty trailing columns trimmed away read back with every column there.
    /// </summary>
    public string[] Columns(int count)
    {
        var f = Text.Split('\t');
        if (f.Length >= count)
        {
            return f;
        }

        var padded = new string[count];
        Array.Fill(padded, string.Empty);
        f.CopyTo(padded, 0);
        return padded;
    }
}
