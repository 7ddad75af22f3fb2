using Dossier.Model;

namespace Dossier.Quotes;

/// <summary>Words between quotation marks.</summary>
/// <param name="Outer">The span with its marks (to the paragraph's end when the closing mark is missing).</param>
/// <param name="Inner">The quoted words: inside the marks, trimmed of spaces and of a comma left before the closing mark.</param>
/// <param name="Closed">Whether a closing mark was found in the paragraph.</param>
public sealed record QuotedSpan(TextSpan Outer, TextSpan Inner, bool Closed);
