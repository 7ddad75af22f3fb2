namespace Dossier.Events;

/// <summary>
/// What a matched pattern says about argument positions: the local token whose phrase is the source or target
/// (from <c>$</c>/<c>+</c> markers), -1 when the pattern leaves the default; <see cref="SubjectIsTarget"/> when
/// <c>+</c> stands before the verb; <see cref="Compound"/> when <c>%</c> asks for a compound subject acting on itself.
/// </summary>
public readonly record struct PatternMatch(int SourceToken, int TargetToken, bool SubjectIsTarget, bool Compound)
{
    public static readonly PatternMatch Default = new(-1, -1, false, false);
}
