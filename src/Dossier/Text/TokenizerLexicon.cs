using System.Collections.Frozen;
using System.Globalization;
using Dossier.Resources;

namespace Dossier.Text;

/// <summary>
/// The word lists the tokenizer and sentence splitter read from <c>resources/en/tokenizer/</c>: abbreviations that
/// keep their period, clitics split off words, whole-word splits, elisions, emoticons and the words after which a
/// line break does not end a sentence.
/// </summary>
public sealed class TokenizerLexicon
{
    private static readonly Lazy<TokenizerLexicon> Shared = new(() => Load(ResourceLocator.Resource("en", "tokenizer")));

    private TokenizerLexicon(
        FrozenSet<string> abbreviations,
        string[] suffixes,
        FrozenDictionary<string, (int First, int Second)> splits,
        FrozenSet<string> elisions,
        FrozenSet<string> emoticons,
        FrozenSet<string> continuationWords,
        FrozenSet<string> nonBreakingPrefixes,
        FrozenSet<string> sentenceStarters,
        FrozenSet<string> captionLabels,
        FrozenSet<string> hyphenPrefixes)
    {
        Abbreviations = abbreviations;
        Suffixes = suffixes;
        Splits = splits;
        Elisions = elisions;
        Emoticons = emoticons;
        ContinuationWords = continuationWords;
        NonBreakingPrefixes = nonBreakingPrefixes;
        SentenceStarters = sentenceStarters;
        CaptionLabels = captionLabels;
        HyphenPrefixes = hyphenPrefixes;
        HyphenPrefixLookup = hyphenPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        NonBreakingLookup = nonBreakingPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        StarterLookup = sentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>();
        CaptionLookup = captionLabels.GetAlternateLookup<ReadOnlySpan<char>>();
        AbbreviationLookup = abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        ElisionLookup = elisions.GetAlternateLookup<ReadOnlySpan<char>>();
        EmoticonLookup = emoticons.GetAlternateLookup<ReadOnlySpan<char>>();
        ContinuationLookup = continuationWords.GetAlternateLookup<ReadOnlySpan<char>>();
        SplitLookup = splits.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lexicon under the installed <c>resources/en/tokenizer/</c>, loaded once.</summary>
    public static TokenizerLexicon Default => Shared.Value;

    /// <summary>Abbreviations with their final period, case-sensitive ("Sept.", "etc.").</summary>
    public FrozenSet<string> Abbreviations { get; }

    /// <summary>Clitic suffixes with a straight apostrophe ("n't", "'s"), longest first.</summary>
    public IReadOnlyList<string> Suffixes { get; }

    /// <summary>Whole words split in two, lower-case, with the lengths of the parts ("cannot" -> 3, 3).</summary>
    public FrozenDictionary<string, (int First, int Second)> Splits { get; }

    /// <summary>Words that begin with an apostrophe and keep it ("'em"), lower-case, straight apostrophe.</summary>
    public FrozenSet<string> Elisions { get; }

    public FrozenSet<string> Emoticons { get; }

    /// <summary>Lower-case words after which a single line break does not end a sentence.</summary>
    public FrozenSet<string> ContinuationWords { get; }

    /// <summary>Abbreviations after which a sentence never ends (titles, months: "Gen.", "Sept.").</summary>
    public FrozenSet<string> NonBreakingPrefixes { get; }

    /// <summary>Words that start a new sentence after an abbreviation ("The", "He").</summary>
    public FrozenSet<string> SentenceStarters { get; }

    /// <summary>Credit labels that, followed by a colon, start a new sentence ("Image", "Photo").</summary>
    public FrozenSet<string> CaptionLabels { get; }

    /// <summary>Lower-case prefixes that keep their hyphen ("e-mail", "non-Muslim"); other hyphenated words split.</summary>
    public FrozenSet<string> HyphenPrefixes { get; }

    internal FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HyphenPrefixLookup { get; }

    internal FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NonBreakingLookup { get; }

    internal FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup { get; }

    internal FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CaptionLookup { get; }

    internal FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup { get; }

    internal FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ElisionLookup { get; }

    internal FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EmoticonLookup { get; }

    internal FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ContinuationLookup { get; }

    internal FrozenDictionary<string, (int First, int Second)>.AlternateLookup<ReadOnlySpan<char>> SplitLookup { get; }

    /// <summary>Loads every list from a folder (normally <c>resources/en/tokenizer</c>).</summary>
    public static TokenizerLexicon Load(string folder)
    {
        var abbreviations = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in new[] { "abbreviations.txt", "abbreviations-treebank.txt" })
        {
            string path = Path.Combine(folder, file);
            if (!File.Exists(path) && file != "abbreviations.txt")
            {
                continue;
            }

            var resource = ResourceFile.Load(path);
            foreach (var line in resource.Lines)
            {
                string word = line.Text.Trim();
                if (!word.EndsWith('.') || word.Length < 2 || word.Any(char.IsWhiteSpace))
                {
                    throw new InvalidDataException($"DOS0101: {resource.Where(line)}: '{word}' is not an abbreviation ending in a period; write one word with its final period per line.");
                }

                abbreviations.Add(word);
            }
        }

        var suffixes = new List<string>();
        var splits = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var elisions = new HashSet<string>(StringComparer.Ordinal);
        var clitics = ResourceFile.Load(Path.Combine(folder, "clitics.txt"));
        foreach (var line in clitics.Lines)
        {
            string[] parts = line.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            switch (parts)
            {
                case ["SUFFIX", string suffix] when suffix.Contains('\'', StringComparison.Ordinal):
                    suffixes.Add(suffix.ToLowerInvariant());
                    break;
                case ["SPLIT", string word, string first, string second]
                    when int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out int a)
                      && int.TryParse(second, NumberStyles.None, CultureInfo.InvariantCulture, out int b)
                      && a > 0 && b > 0 && a + b == word.Length:
                    splits[word.ToLowerInvariant()] = (a, b);
                    break;
                case ["ELISION", string elision] when elision.StartsWith('\''):
                    elisions.Add(elision.ToLowerInvariant());
                    break;
                default:
                    throw new InvalidDataException($"DOS0102: {clitics.Where(line)}: cannot read '{line.Text}'; expected 'SUFFIX 'x', 'SPLIT word n m' (n + m = length) or 'ELISION 'x'.");
            }
        }

        suffixes.Sort((x, y) => y.Length.CompareTo(x.Length));
        return new TokenizerLexicon(
            abbreviations.ToFrozenSet(StringComparer.Ordinal),
            [.. suffixes],
            splits.ToFrozenDictionary(StringComparer.Ordinal),
            elisions.ToFrozenSet(StringComparer.Ordinal),
            ReadWords(Path.Combine(folder, "emoticons.txt"), lower: false),
            ReadWords(Path.Combine(folder, "continuation-words.txt"), lower: true),
            ReadWords(Path.Combine(folder, "nonbreaking-prefixes.txt"), lower: false),
            ReadWords(Path.Combine(folder, "sentence-starters.txt"), lower: false),
            ReadWords(Path.Combine(folder, "caption-labels.txt"), lower: false),
            ReadWords(Path.Combine(folder, "hyphen-prefixes.txt"), lower: true));
    }

    private static FrozenSet<string> ReadWords(string path, bool lower)
    {
        var resource = ResourceFile.Load(path);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in resource.Lines)
        {
            string word = line.Text.Trim();
            if (word.Any(char.IsWhiteSpace))
            {
                throw new InvalidDataException($"DOS0103: {resource.Where(line)}: '{word}' contains a space; write one entry per line.");
            }

            words.Add(lower ? word.ToLowerInvariant() : word);
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
