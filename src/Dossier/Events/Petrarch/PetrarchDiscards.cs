namespace Dossier.Events.Petrarch;

/// <summary>
/// PETRARCH's discard list: phrases that mark a sentence (or, with <c>+</c>, a whole story) as not codeable
/// (sports, history). A phrase ending in <c>_</c> must end at a word boundary; otherwise it is a stem.
/// Matching is case-insensitive against the sentence text with a leading blank.
/// </summary>
public sealed class PetrarchDiscards
{
    private readonly List<(string Text, bool WholeWord, bool Story)> phrases = [];

    public int Count => phrases.Count;

    public static PetrarchDiscards Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"DOS0605: PETRARCH discard list {path} does not exist; pass the folder that holds it with --dictionaries.", path);
        }

        var discards = new PetrarchDiscards();
        foreach (string raw in File.ReadLines(path))
        {
            string line = raw;
            int hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line[..hash];
            }

            line = line.Trim();
            if (line.Length == 0 || line.StartsWith('<'))
            {
                continue;
            }

            bool story = line.StartsWith('+');
            string text = line.TrimStart('+').Trim();
            bool whole = text.EndsWith('_');
            text = text.TrimEnd('_').Replace('_', ' ').ToUpperInvariant();
            if (text.Length > 0)
            {
                discards.phrases.Add((text, whole, story));
            }
        }

        return discards;
    }

    /// <summary>The discard phrase the text contains, or null.</summary>
    public string? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string padded = " " + text.ToUpperInvariant();
        foreach (var (phrase, whole, _) in phrases)
        {
            int at = padded.IndexOf(" " + phrase, StringComparison.Ordinal);
            while (at >= 0)
            {
                int end = at + 1 + phrase.Length;
                if (!whole || end >= padded.Length || !char.IsLetterOrDigit(padded[end]))
                {
                    return phrase;
                }

                at = padded.IndexOf(" " + phrase, at + 1, StringComparison.Ordinal);
            }
        }

        return null;
    }
}
