namespace Dossier.Evaluation;

/// <summary>Counts of a span-matching evaluation and the precision, recall and F1 they give.</summary>
public readonly record struct Prf(int Correct, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Prf operator +(Prf a, Prf b) => new(a.Correct + b.Correct, a.Predicted + b.Predicted, a.Gold + b.Gold);

    public static Prf Add(Prf a, Prf b) => a + b;

    /// <summary>Matches two sets of items exactly.</summary>
    public static Prf Of<T>(IReadOnlyCollection<T> predicted, IReadOnlyCollection<T> gold)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        var goldSet = new HashSet<T>(gold);
        int correct = predicted.Distinct().Count(goldSet.Contains);
        return new Prf(correct, predicted.Count, gold.Count);
    }
}
