namespace Dossier.Evaluation.Quotes;

/// <summary>Content matched loosely (≥ 30 % overlap) and strictly (≥ 80 %), and speaker accuracy on the loose matches.</summary>
public sealed record QuoteScores(Prf Loose, Prf Strict, int SpeakerCorrect, int SpeakerScored)
{
    public double SpeakerAccuracy => SpeakerScored == 0 ? 0 : (double)SpeakerCorrect / SpeakerScored;

    public static QuoteScores operator +(QuoteScores a, QuoteScores b) =>
        new(a.Loose + b.Loose, a.Strict + b.Strict, a.SpeakerCorrect + b.SpeakerCorrect, a.SpeakerScored + b.SpeakerScored);

    public static QuoteScores Add(QuoteScores a, QuoteScores b) => a + b;

    public static QuoteScores Empty { get; } = new(default, default, 0, 0);
}
