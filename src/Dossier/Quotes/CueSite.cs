using Dossier.Events;
using Dossier.Model;

namespace Dossier.Quotes;

/// <summary>
/// A reporting cue in a sentence: a reporting verb, or "according to" (then <see cref="Token"/> is "according").
/// Indexes are local to the sentence's graph.
/// </summary>
/// <param name="Graph">The sentence.</param>
/// <param name="Token">The cue's local token.</param>
/// <param name="Verb">The reporting verb ("according to" is a <c>say</c>).</param>
/// <param name="According">Whether the cue is "according to X".</param>
internal sealed record CueSite(SentenceGraph Graph, int Token, ReportingVerb Verb, bool According)
{
    /// <summary>Whether the cue is the colon of "Name: words" opening a paragraph (a headline, an interview line).</summary>
    public bool Colon { get; init; }

    /// <summary>The cue's document token.</summary>
    public int DocToken => Graph.First + Token;

    public TextSpan Span => Graph.Span(Token, According && Token + 1 < Graph.Count ? Token + 1 : Token);

    /// <summary>The text of the cue as written ("said", "according to").</summary>
    public string Text(Document doc) => Span.Slice(doc.Text);
}
