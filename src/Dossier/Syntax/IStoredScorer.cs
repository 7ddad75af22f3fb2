namespace Dossier.Syntax;

/// <summary>A finished scorer whose weights can be written to a model file (a perceptron still training cannot).</summary>
internal interface IStoredScorer : IScorer
{
    /// <summary>Writes the weights in the scorer's own format, which starts with its magic number.</summary>
    void Write(BinaryWriter writer);
}
