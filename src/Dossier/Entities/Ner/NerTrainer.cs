namespace Dossier.Entities.Ner;

/// <summary>Trains the entity tagger: several perceptron passes over shuffled documents, then averaging.</summary>
public static class NerTrainer
{
    public static NerTagger Train(
        IReadOnlyList<NerDocument> documents,
        IReadOnlyList<string> types,
        Gazetteer gazetteer,
        WordClusters clusters,
        int epochs,
        int seed,
        Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var labels = new NerLabels(types);
        var typeIndex = types.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        var prepared = documents
            .Select(d => (Words: d.Sentences.Select(s => s.Words).ToArray(), Gold: d.Sentences.Select(s => Gold(s, typeIndex)).ToArray()))
            .ToArray();
        var tagger = new NerTagger(labels, new AveragedPerceptron(labels.Count), gazetteer, clusters);
        var random = new Random(seed);
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(prepared);
            long tokens = 0, errors = 0;
            foreach (var (words, gold) in prepared)
            {
                var predicted = tagger.Train(words, gold);
                for (int s = 0; s < gold.Length; s++)
                {
                    for (int i = 0; i < gold[s].Length; i++)
                    {
                        tokens++;
                        errors += gold[s][i] != predicted[s][i] ? 1 : 0;
                    }
                }
            }

            log?.Invoke($"epoch {epoch}/{epochs}: {errors} of {tokens} token labels wrong ({100.0 * errors / Math.Max(1, tokens):F2}%), {tagger.Perceptron.FeatureCount} features");
        }

        tagger.Perceptron.Average();
        return tagger;
    }

    private static int[] Gold(NerSentence sentence, Dictionary<string, int> typeIndex)
    {
        var spans = sentence.Entities
            .Where(e => typeIndex.ContainsKey(e.Type))
            .Select(e => new NerSpan(e.Start, e.End, typeIndex[e.Type]));
        return NerLabels.Encode(sentence.Words.Length, spans);
    }
}
