using Dossier.Resources;

namespace Dossier.Events.Lexicon;

/// <summary>
/// Dossier's own trigger lexicon as tab-separated lines (rules as data): <c>verb</c> lines (lemma, particles before and
/// after, code, paired code, block), <c>form</c> lines (irregular form → lemma), <c>pattern</c> lines (block, pattern in
/// PETRARCH notation, code, paired code, origin), <c>synset</c> lines (name, phrases separated by <c>|</c>) and
/// <c>noun</c> lines (lemma, required modifier, code, paired code). A pattern whose block is <c>@LEMMA</c> attaches to
/// every sense of that lemma: that is how hand-written extensions add to derived blocks.
/// </summary>
public static class LexiconTsv
{
    private const string None = "-";

    /// <summary>Loads the given resource files (each with FORMAT/SOURCE/LICENSE headers) into one lexicon.</summary>
    public static EventLexicon Load(params string[] paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var verbs = new List<(string Lemma, string[] Before, string[] After, string? Code, string? Paired, string Block)>();
        var patterns = new Dictionary<string, List<VerbPattern>>(StringComparer.Ordinal);
        var builder = new EventLexiconBuilder();
        foreach (string path in paths)
        {
            var file = ResourceFile.Load(path);
            foreach (var line in file.Lines)
            {
                string[] f = line.Text.Split('\t');
                string where = file.Where(line);
                switch (f[0])
                {
                    case "verb" when f.Length >= 7:
                        verbs.Add((f[1], Words(f[2]), Words(f[3]), Code(f[4]), Code(f[5]), f[6]));
                        break;
                    case "form" when f.Length >= 3:
                        builder.AddForm(f[1], f[2]);
                        break;
                    case "pattern" when f.Length >= 5:
                        var pattern = PatternParser.Parse($"- {f[2]} [{f[3]}{(Code(f[4]) is { } p ? ":" + p : string.Empty)}]", f.Length > 5 ? f[5] : where)
                            ?? throw new InvalidDataException($"DOS0620: {where}: pattern '{f[2]}' has no '*'; write it in PETRARCH notation, e.g. '* (WITH)'.");
                        if (!patterns.TryGetValue(f[1], out var list))
                        {
                            patterns[f[1]] = list = [];
                        }

                        list.Add(pattern);
                        break;
                    case "synset" when f.Length >= 3:
                        builder.AddSynset(new Synset(f[1], f[2].Split('|').Select(p => (IReadOnlyList<string>)p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray()));
                        break;
                    case "noun" when f.Length >= 5:
                        builder.AddNoun(new NounTrigger(f[1], f[2] == None ? null : f[2], f[3], Code(f[4]), where));
                        break;
                    default:
                        throw new InvalidDataException($"DOS0621: {where}: '{f[0]}' with {f.Length} fields is not a lexicon line; expected verb (7 fields), form (3), pattern (5-6), synset (3) or noun (5).");
                }
            }
        }

        foreach (var (lemma, before, after, code, paired, block) in verbs)
        {
            var own = patterns.GetValueOrDefault(block) ?? [];
            var extra = patterns.GetValueOrDefault("@" + lemma) ?? [];
            builder.AddVerb(new VerbSense(lemma, before, after, code, paired, [.. extra, .. own], block));
        }

        foreach (var (block, list) in patterns.Where(kv => kv.Key.StartsWith('@')))
        {
            string lemma = block[1..];
            if (!verbs.Any(v => string.Equals(v.Lemma, lemma, StringComparison.Ordinal)))
            {
                builder.AddVerb(new VerbSense(lemma, [], [], null, null, list, block));
            }
        }

        return builder.Build();
    }

    /// <summary>Writes a lexicon's verbs, forms and patterns as <c>verbs.tsv</c> lines (header excluded).</summary>
    public static IEnumerable<string> VerbLines(EventLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var blocks = new SortedDictionary<string, IReadOnlyList<VerbPattern>>(StringComparer.Ordinal);
        foreach (var sense in lexicon.Verbs.Values.SelectMany(s => s).OrderBy(s => s.Lemma, StringComparer.Ordinal).ThenBy(s => string.Join(' ', s.After), StringComparer.Ordinal))
        {
            blocks.TryAdd(sense.Block, sense.Patterns);
            yield return string.Join('\t', "verb", sense.Lemma, Join(sense.Before), Join(sense.After), sense.Code ?? "---", sense.PairedCode ?? None, sense.Block);
        }

        foreach (var (form, lemma) in lexicon.Forms.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            yield return string.Join('\t', "form", form, lemma);
        }

        foreach (var (block, list) in blocks)
        {
            foreach (var p in list)
            {
                yield return string.Join('\t', "pattern", block, p.Text, p.Code, p.PairedCode ?? None, p.Origin);
            }
        }
    }

    /// <summary>Writes a lexicon's synsets as <c>synsets.tsv</c> lines.</summary>
    public static IEnumerable<string> SynsetLines(EventLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        return lexicon.Synsets.Values.OrderBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => string.Join('\t', "synset", s.Name, string.Join('|', s.Phrases.Select(p => string.Join(' ', p)))));
    }

    private static string Join(IReadOnlyList<string> words) => words.Count == 0 ? None : string.Join(' ', words);

    private static string[] Words(string field) => field == None ? [] : field.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string? Code(string field) => field is None or "---" or "" ? null : field;
}
