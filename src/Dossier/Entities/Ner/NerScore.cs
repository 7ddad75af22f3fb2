namespace Dossier.Entities.Ner;

/// <summary>Counts of one entity type (or all) for conlleval-style scoring: exact span and type match.</summary>
public sealed class NerScore
{
    public int Correct { get; set; }

    public int Predicted { get; set; }

    public int Gold { get; set; }

    public double Precision => Predicted == 0 ? 0 : 100.0 * Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : 100.0 * Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
