namespace Dossier.Text;

/// <summary>What the splitter knows about a gap beyond its tokens: an open quotation, where it stands on its line, how long the current sentence is so far.</summary>
internal readonly record struct GapContext(bool InsideQuote, int TokensSinceLineStart, int TokensToLineEnd, int TokensSinceSentenceStart);
