namespace Dossier.Ingest.Evaluation;

/// <summary>
/// Snippet counts as trafilatura's evaluation defines them: a "with" snippet found is a true positive, missing a
/// false negative; a "without" snippet found is a false positive, absent a true negative.
/// </summary>
public readonly record struct SnippetCounts(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => 2 * TruePositives + FalsePositives + FalseNegatives == 0
        ? 0 : 2.0 * TruePositives / (2 * TruePositives + FalsePositives + FalseNegatives);

    public double Accuracy
    {
        get
        {
            var total = TruePositives + FalsePositives + FalseNegatives + TrueNegatives;
            return total == 0 ? 0 : (double)(TruePositives + TrueNegatives) / total;
        }
    }

    public static SnippetCounts operator +(SnippetCounts a, SnippetCounts b) => new(
        a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives,
        a.FalseNegatives + b.FalseNegatives, a.TrueNegatives + b.TrueNegatives);
}
