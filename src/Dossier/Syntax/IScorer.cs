namespace Dossier.Syntax;

/// <summary>Scores classes from hashed features: a trained <see cref="SparseModel"/> or a perceptron being trained.</summary>
internal interface IScorer
{
    int ClassCount { get; }

    void Score(ReadOnlySpan<ulong> features, Span<float> scores);
}
