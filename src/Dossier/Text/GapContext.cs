namespace Dossier.Text;

/// <summary>What the splitter knows about a gap beyond its tokens: an open quotation and where it stands on its line.</summary>
internal readonly record struct GapContext(bool InsideQuote, int TokensSinceLineStart, int TokensToLineEnd);
