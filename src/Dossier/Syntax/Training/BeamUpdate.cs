namespace Dossier.Syntax.Training;

/// <summary>Where a beam-trained parser's structured perceptron is updated on a sentence it gets wrong.</summary>
public enum BeamUpdate
{
    /// <summary>
    /// At the step where the best derivation outscores the gold prefix by the most (Huang, Fayong &amp; Guo 2012):
    /// every update is a violation, and it converges in fewer epochs than early update.
    /// </summary>
    MaxViolation,

    /// <summary>At the first step the gold derivation falls out of the beam, or at the end (Collins &amp; Roark 2004).</summary>
    Early,
}
