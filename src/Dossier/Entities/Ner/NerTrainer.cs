namespace Dossier.Entities.Ner;

/// <summary>Trains the entity tagger: several perceptron passes over shuffled documents, then averaging.</summary>
public static class NerTrainer
{
    /// <summary>
    /// Trains a first-pass tagger, and when <paramref name="folds"/> &gt; 1 a second pass that also sees the first
    /// pass's labels over the whole document. The second pass learns from first-pass labels predicted by k-fold
    /// jackknifing, so that it learns how far to trust them on unseen text rather than on memorised training data.
    /// </summary>
    public static NerTagger TrainTwoPass(
        IReadOnlyList<NerDocument> documents,
        IReadOnlyList<string> types,
        Gazetteer gazetteer,
        WordClusters clusters,
        int epochs,
        int seed,
        int folds,
        Action<string>? log = null,
        bool extended = true)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var first = Train(documents, types, gazetteer, clusters, epochs, seed, null, log, extended);
        if (folds <= 1)
        {
            return first;
        }

        var jackknifed = new int[documents.Count][][];
        for (int k = 0; k < folds; k++)
        {
            var train = documents.Where((_, i) => i % folds != k).ToList();
            var held = Enumerable.Range(0, documents.Count).Where(i => i % folds == k).ToList();
            var foldTagger = Train(train, types, gazetteer, clusters, epochs, seed, null, null, extended);
            foreach (int i in held)
            {
                jackknifed[i] = foldTagger.Tag(documents[i].Sentences.Select(s => s.Words).ToArray());
            }

            log?.Invoke($"fold {k + 1}/{folds} tagged");
        }

        var second = Train(documents, types, gazetteer, clusters, epochs, seed, jackknifed, log, extended);
        return new NerTagger(second.Labels, second.Perceptron, gazetteer, clusters) { FirstPass = first, Extended = extended };
    }

    /// <summary>Trains one model per seed (different shuffles) and averages their weights.</summary>
    public static NerTagger TrainMixed(
        IReadOnlyList<NerDocument> documents,
        IReadOnlyList<string> types,
        Gazetteer gazetteer,
        WordClusters clusters,
        int epochs,
        int seed,
        int models,
        Action<string>? log = null,
        bool extended = true)
    {
        var trained = Enumerable.Range(seed, Math.Max(1, models))
            .Select(s => Train(documents, types, gazetteer, clusters, epochs, s, null, log, extended))
            .ToList();
        return trained.Count == 1
            ? trained[0]
            : new NerTagger(trained[0].Labels, AveragedPerceptron.Mean(trained.Select(t => t.Perceptron).ToList()), gazetteer, clusters) { Extended = extended };
    }

    public static NerTagger Train(
        IReadOnlyList<NerDocument> documents,
        IReadOnlyList<string> types,
        Gazetteer gazetteer,
        WordClusters clusters,
        int epochs,
        int seed,
        int[][][]? firstPass = null,
        Action<string>? log = null,
        bool extended = true)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var labels = new NerLabels(types);
        var typeIndex = types.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        var prepared = documents
            .Select((d, i) => (Words: d.Sentences.Select(s => s.Words).ToArray(), Gold: d.Sentences.Select(s => Gold(s, typeIndex)).ToArray(), First: firstPass?[i]))
            .ToArray();
        var tagger = new NerTagger(labels, new AveragedPerceptron(labels.Count), gazetteer, clusters) { Extended = extended };
        var random = new Random(seed);
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(prepared);
            long tokens = 0, errors = 0;
            foreach (var (words, gold, first) in prepared)
            {
                var predicted = tagger.Train(words, gold, first);
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
