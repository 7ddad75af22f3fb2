namespace Dossier.Text;

/// <summary>
/// What the splitter knows about a gap beyond its tokens: an open quotation, where it stands on its line, how long the
/// current sentence is so far, and whether that sentence has a lower-case word yet (headers, signatures and name
/// lists have none), and how many of the text's lines end without final punctuation (<see cref="SentenceSplitter"/> buckets it), and whether the next token repeats the one the sentence began with (parallel items run together: "- a.doc - b.doc", "Game 5: … Game 6: …"), and how far the next final punctuation is on the line (a long run without any is text run together).
/// </summary>
internal readonly record struct GapContext(bool InsideQuote, int TokensSinceLineStart, int TokensToLineEnd, int TokensSinceSentenceStart, bool SentenceHasLowerWord, int UnpunctuatedLines, bool RepeatsSentenceStart, int TokensToNextTerminal);
