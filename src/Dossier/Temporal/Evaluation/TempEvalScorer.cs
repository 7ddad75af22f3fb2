using Dossier.Model;
using Dossier.Pipeline;

namespace Dossier.Temporal.Evaluation;

/// <summary>
/// Runs a temporal stage over TimeML documents (each with its DCT as the publication date) and scores it the way
/// the TempEval-3 scorer does. Relaxed matching pairs each gold expression with at most one system expression
/// (the first overlapping one), so precision and recall count the same pairs.
/// </summary>
public static class TempEvalScorer
{
    public static TempEvalScores Score(string name, IEnumerable<TimeMLDocument> documents, IStage stage, Action<TimeMLDocument, IReadOnlyList<TimexMention>>? inspect = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(stage);
        var total = new TempEvalScores(name, 0, 0, 0, 0, 0, 0, 0);
        foreach (var doc in documents)
        {
            var document = new Document(doc.Name, doc.Text, new ArticleMetadata { Published = doc.Dct });
            stage.Process(document);
            inspect?.Invoke(doc, document.Timexes);
            total += Score(name, doc.Timexes, document.Timexes);
        }

        return total;
    }

    public static TempEvalScores Score(string name, IReadOnlyList<GoldTimex> gold, IReadOnlyList<TimexMention> system)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        int strict = 0, relaxed = 0, type = 0, value = 0;
        var used = new bool[system.Count];
        foreach (var g in gold)
        {
            int match = -1;
            for (int i = 0; i < system.Count; i++)
            {
                if (!used[i] && system[i].Start < g.End && g.Start < system[i].End)
                {
                    match = i;
                    break;
                }
            }

            if (match < 0)
            {
                continue;
            }

            used[match] = true;
            var s = system[match];
            relaxed++;
            strict += s.Start == g.Start && s.End == g.End ? 1 : 0;
            type += string.Equals(s.Type, g.Type, StringComparison.Ordinal) ? 1 : 0;
            value += string.Equals(s.Value, g.Value, StringComparison.Ordinal) ? 1 : 0;
        }

        return new TempEvalScores(name, 1, gold.Count, system.Count, strict, relaxed, type, value);
    }
}
