using System.Diagnostics;
using Dossier.Model;

namespace Dossier.Syntax;

/// <summary>
/// Runs the syntax stages on gold-tokenized sentences (one document per treebank document) and scores them against
/// the gold annotations.
/// </summary>
public static class ParseEvaluator
{
    /// <param name="gold">Gold sentences, in document order.</param>
    /// <param name="models">The models to score.</param>
    /// <param name="passes">How many times to run the stages; the speed is that of the fastest pass, so the first
    /// pass can warm up the JIT.</param>
    /// <param name="confusions">When given, receives counts of (gold UPOS, predicted UPOS) errors.</param>
    public static ParseScores Evaluate(IReadOnlyList<TreebankSentence> gold, SyntaxModels models, int passes = 1, Dictionary<(string Gold, string Predicted), int>? confusions = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(models);
        var tagger = new TaggerStage(models.Tagger);
        var lemmatizer = new LemmatizerStage(models.Lemmatizer);
        var parser = new ParserStage(models.Parser);
        var groups = new List<List<TreebankSentence>>();
        foreach (var s in gold)
        {
            if (groups.Count == 0 || !string.Equals(groups[^1][0].DocumentId, s.DocumentId, StringComparison.Ordinal))
            {
                groups.Add([]);
            }

            groups[^1].Add(s);
        }

        List<Document> documents = [];
        double seconds = double.MaxValue;
        for (int pass = 0; pass < Math.Max(1, passes); pass++)
        {
            documents = groups.Select((g, i) => PretokenizedText.Create($"doc{i}", g.Select(s => (IReadOnlyList<string>)s.Forms).ToList())).ToList();

            // CPU time, not wall time: the speed of the code, not of whoever else shares the machine.
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var d in documents)
            {
                tagger.Process(d);
                lemmatizer.Process(d);
                parser.Process(d);
            }

            seconds = Math.Min(seconds, (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds);
        }

        long words = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0, lasFull = 0;
        for (int g = 0; g < groups.Count; g++)
        {
            Document d = documents[g];
            int offset = 0;
            foreach (var s in groups[g])
            {
                for (int i = 0; i < s.Length; i++)
                {
                    int t = offset + i;
                    words++;
                    upos += Same(d.Upos[t], s.Upos[i]);
                    if (confusions is not null && !string.Equals(d.Upos[t], s.Upos[i], StringComparison.Ordinal))
                    {
                        var pair = (s.Upos[i], d.Upos[t] ?? "_");
                        confusions[pair] = confusions.GetValueOrDefault(pair) + 1;
                    }

                    xpos += Same(d.Xpos[t], s.Xpos[i]);
                    lemma += Same(d.Lemmas[t], s.Lemmas[i]);
                    int head = d.Heads[t] < 0 ? -1 : d.Heads[t] - offset;
                    if (head == s.Heads[i])
                    {
                        uas++;
                        las += Same(Universal(d.Deprels[t]), Universal(s.Deprels[i]));
                        lasFull += Same(d.Deprels[t], s.Deprels[i]);
                    }
                }

                offset += s.Length;
            }
        }

        double Pct(long n) => words == 0 ? 0 : 100.0 * n / words;
        return new ParseScores((int)words, Pct(upos), Pct(xpos), Pct(lemma), Pct(uas), Pct(las), Pct(lasFull), seconds);
    }

    private static int Same(string? a, string? b) => string.Equals(a, b, StringComparison.Ordinal) ? 1 : 0;

    private static string? Universal(string? deprel)
    {
        int colon = deprel?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon > 0 ? deprel![..colon] : deprel;
    }
}
