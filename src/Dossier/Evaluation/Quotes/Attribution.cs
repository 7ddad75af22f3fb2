using Dossier.Model;

namespace Dossier.Evaluation.Quotes;

/// <summary>One attribution to score: its content (possibly in pieces), cue and source spans.</summary>
public sealed record Attribution(IReadOnlyList<TextSpan> Content, IReadOnlyList<TextSpan> Cue, IReadOnlyList<TextSpan> Source)
{
    /// <summary>The source's words, when the attribution is a prediction whose speaker was resolved elsewhere ("Trump" for "he").</summary>
    public string? SpeakerName { get; init; }

    /// <summary>Characters of the content, counted once.</summary>
    public int ContentLength => Content.Sum(c => c.Length);
}
