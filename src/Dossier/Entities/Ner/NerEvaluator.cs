namespace Dossier.Entities.Ner;

/// <summary>Tags gold documents and scores the result conlleval-style.</summary>
public static class NerEvaluator
{
    public static NerEvaluation Evaluate(NerTagger tagger, IEnumerable<NerDocument> documents, TextWriter? errors = null)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(documents);
        var evaluation = new NerEvaluation();
        foreach (var doc in documents)
        {
            var words = doc.Sentences.Select(s => s.Words).ToArray();
            var labels = tagger.Tag(words);
            for (int s = 0; s < words.Length; s++)
            {
                var predicted = NerLabels.Decode(labels[s])
                    .Select(p => (p.Start, p.End, Type: tagger.Labels.Types[p.Type]))
                    .ToList();
                evaluation.Add(words[s].Length, doc.Sentences[s].Entities, predicted);
                if (errors is not null)
                {
                    var gold = doc.Sentences[s].Entities;
                    var w = words[s];
                    foreach (var g in gold.Except(predicted))
                    {
                        errors.WriteLine($"missed {g.Type}\t{string.Join(' ', w[g.Start..g.End])}\t|| {string.Join(' ', w)}");
                    }

                    foreach (var p in predicted.Except(gold))
                    {
                        errors.WriteLine($"spurious {p.Item3}\t{string.Join(' ', w[p.Start..p.End])}\t|| {string.Join(' ', w)}");
                    }
                }
            }
        }

        return evaluation;
    }
}
