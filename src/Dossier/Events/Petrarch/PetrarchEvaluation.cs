namespace Dossier.Events.Petrarch;

/// <summary>The result of evaluating a validation file: per-record outcomes, totals and totals by category.</summary>
public sealed class PetrarchEvaluation
{
    private PetrarchEvaluation(IReadOnlyList<ValidationOutcome> outcomes, ValidationScore total, IReadOnlyList<KeyValuePair<string, ValidationScore>> byCategory)
    {
        Outcomes = outcomes;
        Total = total;
        ByCategory = byCategory;
    }

    public IReadOnlyList<ValidationOutcome> Outcomes { get; }

    public ValidationScore Total { get; }

    /// <summary>Scores by category, in the order categories first appear in the file.</summary>
    public IReadOnlyList<KeyValuePair<string, ValidationScore>> ByCategory { get; }

    /// <summary>Codes every evaluated record of <paramref name="file"/> with <paramref name="dictionaries"/>.</summary>
    public static PetrarchEvaluation Run(ValidationFile file, PetrarchDictionaries dictionaries, EventCoderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        var evaluator = new PetrarchEvaluator(dictionaries, options);
        var outcomes = new List<ValidationOutcome>();
        var total = new ValidationScore();
        var byCategory = new Dictionary<string, ValidationScore>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var record in file.Records)
        {
            if (!PetrarchEvaluator.IsEvaluated(file, record))
            {
                continue;
            }

            var outcome = evaluator.Evaluate(record);
            outcomes.Add(outcome);
            total.Add(outcome.Score);
            if (!byCategory.TryGetValue(record.Category, out var score))
            {
                byCategory[record.Category] = score = new ValidationScore();
                order.Add(record.Category);
            }

            score.Add(outcome.Score);
        }

        return new PetrarchEvaluation(outcomes, total, order.Select(c => new KeyValuePair<string, ValidationScore>(c, byCategory[c])).ToArray());
    }
}
