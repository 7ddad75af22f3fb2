namespace Dossier.Corpus;

/// <summary>
/// One instance per distinct string: for the per-article records the corpus stages keep (words, terms, names and date
/// keys recur across thousands of articles, and each record holding its own copy would cost more than the records),
/// and for the annotation values of a document read back from the store (<see cref="Contracts.DocumentJsonReader"/>).
/// Not thread-safe; one pool serves one build or one document.
/// </summary>
public sealed class StringPool
{
    private readonly Dictionary<string, string> strings = new(StringComparer.Ordinal);

    /// <summary>The pool's instance of <paramref name="value"/>, which becomes the instance when the pool has none.</summary>
    public string Share(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (strings.TryGetValue(value, out var shared))
        {
            return shared;
        }

        strings.Add(value, value);
        return value;
    }

    /// <summary>The pool's instance of the characters, allocating a string only the first time they are seen.</summary>
    public string Share(ReadOnlySpan<char> value)
    {
        var lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(value, out var shared))
        {
            return shared;
        }

        string created = value.ToString();
        strings.Add(created, created);
        return created;
    }
}
