namespace Dossier.Entities.Ner;

/// <summary>Tags gold documents and scores the result conlleval-style.</summary>
public static class NerEvaluator
{
    public static NerEvaluation Evaluate(NerTagger tagger, IEnumerable<NerDocument> documents)
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
                    .Select(p => (p.Start, p.End, tagger.Labels.Types[p.Type]))
                    .ToList();
                evaluation.Add(words[s].Length, doc.Sentences[s].Entities, predicted);
            }
        }

        return evaluation;
    }
}
