namespace Dossier.Formats.Conllu;

/// <summary>A CoNLL-U sentence: its comments (<c># key = value</c>), words and surface tokens.</summary>
public sealed class ConlluSentence
{
    public ConlluSentence(IReadOnlyList<KeyValuePair<string, string>> comments, IReadOnlyList<ConlluWord> words, IReadOnlyList<ConlluToken> tokens)
    {
        Comments = comments;
        Words = words;
        Tokens = tokens;
    }

    public IReadOnlyList<KeyValuePair<string, string>> Comments { get; }

    public IReadOnlyList<ConlluWord> Words { get; }

    public IReadOnlyList<ConlluToken> Tokens { get; }

    public string? Comment(string key)
    {
        foreach (var kv in Comments)
        {
            if (string.Equals(kv.Key, key, StringComparison.Ordinal))
            {
                return kv.Value;
            }
        }

        return null;
    }

    public bool HasComment(string key) => Comments.Any(kv => string.Equals(kv.Key, key, StringComparison.Ordinal));

    /// <summary>The <c># text</c> comment, or the tokens joined according to SpaceAfter.</summary>
    public string Text => Comment("text") ?? string.Concat(Tokens.Select(t => t.SpaceAfter ? t.Form + " " : t.Form)).TrimEnd();

    /// <summary>True when this sentence starts a document (<c># newdoc</c>).</summary>
    public bool StartsDocument => Comments.Any(kv => kv.Key.StartsWith("newdoc", StringComparison.Ordinal));

    /// <summary>True when this sentence starts a paragraph (<c># newpar</c>) or a document.</summary>
    public bool StartsParagraph => StartsDocument || Comments.Any(kv => kv.Key.StartsWith("newpar", StringComparison.Ordinal));

    /// <summary>The document id from <c># newdoc id = …</c>, when this sentence starts one.</summary>
    public string? DocumentId => Comment("newdoc id");
}
