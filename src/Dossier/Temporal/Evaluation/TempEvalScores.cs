namespace Dossier.Temporal.Evaluation;

/// <summary>
/// Timex figures as TempEval-3 reports them: extent precision/recall/F1, strict (same span) and relaxed (overlap);
/// type and value accuracy over relaxed matches; value F1, where a hit is a relaxed match with the correct value,
/// counted over system expressions (precision) and gold expressions (recall).
/// </summary>
public sealed record TempEvalScores(string Name, int Documents, int Gold, int System, int StrictMatches, int RelaxedMatches, int TypeCorrect, int ValueCorrect)
{
    public double StrictPrecision => Ratio(StrictMatches, System);

    public double StrictRecall => Ratio(StrictMatches, Gold);

    public double StrictF1 => F1(StrictPrecision, StrictRecall);

    public double RelaxedPrecision => Ratio(RelaxedMatches, System);

    public double RelaxedRecall => Ratio(RelaxedMatches, Gold);

    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);

    public double TypeAccuracy => Ratio(TypeCorrect, RelaxedMatches);

    public double ValueAccuracy => Ratio(ValueCorrect, RelaxedMatches);

    public double ValuePrecision => Ratio(ValueCorrect, System);

    public double ValueRecall => Ratio(ValueCorrect, Gold);

    public double ValueF1 => F1(ValuePrecision, ValueRecall);

    public static TempEvalScores operator +(TempEvalScores a, TempEvalScores b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new TempEvalScores(a.Name, a.Documents + b.Documents, a.Gold + b.Gold, a.System + b.System, a.StrictMatches + b.StrictMatches,
            a.RelaxedMatches + b.RelaxedMatches, a.TypeCorrect + b.TypeCorrect, a.ValueCorrect + b.ValueCorrect);
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
