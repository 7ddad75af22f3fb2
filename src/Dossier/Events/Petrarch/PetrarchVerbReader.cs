using Dossier.Events.Lexicon;

namespace Dossier.Events.Petrarch;

/// <summary>
/// Reads a PETRARCH-2 verb dictionary (CAMEO.2.0.txt and the validation suite's verbs file): synsets
/// (<c>&amp;NAME</c> then <c>+phrase</c> lines), verb blocks (<c>--- NAME [code] ---</c>) holding verbs
/// (<c>SAY {SAYS SAID SAYING} [010]</c>, <c>+BREAK_DOWN</c>, <c>WIRE_+TAP</c>) and patterns (<c>- * (FOR AID) [0331]</c>).
/// Transformation lines (<c>~</c>) are counted and skipped: Dossier's coder combines embedded events itself.
/// </summary>
public static class PetrarchVerbReader
{
    /// <summary>Reads the file into <paramref name="builder"/>; returns what was read.</summary>
    public static PetrarchVerbStats Read(string path, EventLexiconBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"DOS0601: PETRARCH verb dictionary {path} does not exist; pass the folder that holds it with --dictionaries.", path);
        }

        var stats = new PetrarchVerbStats();
        string name = Path.GetFileName(path);
        string? synsetName = null;
        var synsetPhrases = new List<IReadOnlyList<string>>();
        Block? block = null;
        int number = 0;
        foreach (string raw in File.ReadLines(path))
        {
            number++;
            string line = PatternParser.StripComment(raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('&'))
            {
                FlushSynset();
                synsetName = line.Split([' ', '\t'], 2)[0].TrimEnd('_');
                continue;
            }

            if (line.StartsWith("---", StringComparison.Ordinal) && line.Length > 3 && !line.StartsWith("---]", StringComparison.Ordinal))
            {
                FlushSynset();
                Flush();
                block = new Block(BlockName(line), BlockCode(line));
                continue;
            }

            if (line.StartsWith('~'))
            {
                stats.Transformations++;
                continue;
            }

            if (synsetName is not null && line.StartsWith('+'))
            {
                synsetPhrases.Add(SplitPhrase(line[1..]));
                continue;
            }

            if (block is null)
            {
                continue;
            }

            if (line.StartsWith('-') || line.StartsWith('*'))
            {
                var pattern = PatternParser.Parse(line, $"{name}:{number}");
                if (pattern is null)
                {
                    stats.Skipped.Add($"{name}:{number}");
                }
                else
                {
                    block.Patterns.Add(pattern);
                }

                continue;
            }

            block.Verbs.Add(line);
        }

        FlushSynset();
        Flush();
        return stats;

        void FlushSynset()
        {
            if (synsetName is not null)
            {
                builder.AddSynset(new Synset(synsetName, synsetPhrases.ToArray()));
                stats.Synsets++;
            }

            synsetName = null;
            synsetPhrases = [];
        }

        void Flush()
        {
            if (block is null)
            {
                return;
            }

            stats.Blocks++;
            stats.Patterns += block.Patterns.Count;
            var patterns = block.Patterns.ToArray();
            foreach (string verbLine in block.Verbs)
            {
                AddVerb(verbLine, block, patterns, builder);
                stats.Verbs++;
            }

            block = null;
        }
    }

    private static void AddVerb(string line, Block block, VerbPattern[] patterns, EventLexiconBuilder builder)
    {
        string spec = line.Split([' ', '\t', '{', '['], 2)[0];
        string? code = block.Code, paired = block.Paired;
        int open = line.IndexOf('[', StringComparison.Ordinal);
        int close = line.IndexOf(']', StringComparison.Ordinal);
        if (open >= 0 && close > open)
        {
            (code, paired) = PatternParser.ParseCode(line[(open + 1)..close]);
        }

        if (string.Equals(code, "---", StringComparison.Ordinal))
        {
            code = null;
            paired = null;
        }

        var (lemma, before, after) = SplitVerb(spec.TrimStart('+'));
        if (lemma.Length == 0)
        {
            return;
        }

        builder.AddVerb(new VerbSense(lemma, before, after, code, paired, patterns, block.Name));
        int brace = line.IndexOf('{', StringComparison.Ordinal);
        int braceEnd = line.IndexOf('}', StringComparison.Ordinal);
        if (brace >= 0 && braceEnd > brace)
        {
            foreach (string form in line[(brace + 1)..braceEnd].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                var (formVerb, _, _) = SplitVerb(form.TrimStart('+'));
                if (formVerb.Length > 0)
                {
                    builder.AddForm(formVerb, lemma);
                }
            }
        }
    }

    /// <summary>Splits <c>BREAK_DOWN</c> (the verb is the first word unless one carries <c>+</c>) into verb and particles.</summary>
    private static (string Lemma, string[] Before, string[] After) SplitVerb(string spec)
    {
        var words = spec.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToUpperInvariant()).ToList();
        if (words.Count == 0)
        {
            return (string.Empty, [], []);
        }

        int head = words.FindIndex(w => w.StartsWith('+'));
        if (head < 0)
        {
            head = 0;
        }

        string lemma = words[head].TrimStart('+');
        return (lemma, words.Take(head).ToArray(), words.Skip(head + 1).ToArray());
    }

    private static List<string> SplitPhrase(string text) =>
        text.Trim().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(w => w.Trim('(', ')').Length == 0 ? [] : SplitUnderscores(w.Trim('(', ')')))
            .Select(w => w.ToUpperInvariant())
            .ToList();

    private static IEnumerable<string> SplitUnderscores(string word)
    {
        // CASH_ keeps its trailing '_' (no plural); A_B is two consecutive words.
        bool noPlural = word.EndsWith('_');
        var parts = word.Split('_', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < parts.Length; i++)
        {
            yield return noPlural && i == parts.Length - 1 ? parts[i] + "_" : parts[i];
        }
    }

    private static string BlockName(string line) => line.Trim('-', ' ', '\t').Split('[')[0].Trim();

    private static (string? Code, string? Paired) BlockCode(string line)
    {
        int open = line.IndexOf('[', StringComparison.Ordinal);
        int close = line.IndexOf(']', StringComparison.Ordinal);
        if (open < 0 || close < open)
        {
            return (null, null);
        }

        var (code, paired) = PatternParser.ParseCode(line[(open + 1)..close]);
        return string.Equals(code, "---", StringComparison.Ordinal) ? (null, null) : (code, paired);
    }

    private sealed class Block(string name, (string? Code, string? Paired) code)
    {
        public string Name { get; } = name;

        public string? Code { get; } = code.Code;

        public string? Paired { get; } = code.Paired;

        public List<string> Verbs { get; } = [];

        public List<VerbPattern> Patterns { get; } = [];
    }
}
