using System.Text.RegularExpressions;
using Dossier.Model;

namespace Dossier.Text;

/// <summary>
/// Decides where sentences end, gap by gap between tokens. Line breaks are ruled: a blank line always ends a
/// sentence; a single line break ends one unless the line plainly continues (it ends with a comma, a hyphen or a
/// word such as "the" or "of", and the next line starts in lower case). Within a line, a learned classifier
/// (<see cref="BoundaryModel"/>) weighs each candidate gap: after punctuation or before a token that does not start
/// in lower case. Gaps between two lower-case words are never candidates.
/// </summary>
public sealed class SentenceSplitter
{
    private static readonly Regex Enumerator = new(@"^(?:[*•-]\s?)?(?:\(?[0-9]{1,2}[.)]|\(?[a-z]\)|[a-z]\.)$", RegexOptions.CultureInvariant);

    private readonly TokenizerLexicon lexicon;
    private readonly BoundaryModel model;
    private readonly float threshold;

    /// <param name="threshold">A candidate gap ends a sentence when its score exceeds this (0 as trained; lower favours recall).</param>
    public SentenceSplitter(TokenizerLexicon lexicon, BoundaryModel model, float threshold = 0)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(model);
        this.lexicon = lexicon;
        this.model = model;
        this.threshold = threshold;
    }

    /// <summary>Decides a candidate gap from its features (the model in use, the gold label in training).</summary>
    internal delegate bool CandidateDecision(int gap, ReadOnlySpan<ulong> features);

    /// <summary>The token index after which each sentence ends (exclusive ends, in order; the last is the token count).</summary>
    public List<int> SentenceEnds(string text, IReadOnlyList<TextSpan> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        return Walk(text, tokens, lexicon, (_, features) => model.Score(features) > threshold);
    }

    /// <summary>
    /// Calls <paramref name="visit"/> for every candidate gap the classifier would score, with its features, and takes
    /// the gold decision from <paramref name="gold"/>; the trainer uses this so that training and use cannot drift apart.
    /// </summary>
    internal static void VisitCandidates(string text, IReadOnlyList<TextSpan> tokens, TokenizerLexicon lexicon, Func<int, bool> gold, Action<int, ulong[], bool> visit) =>
        Walk(text, tokens, lexicon, (i, features) =>
        {
            bool boundary = gold(i);
            visit(i, features.ToArray(), boundary);
            return boundary;
        });

    private static List<int> Walk(string text, IReadOnlyList<TextSpan> tokens, TokenizerLexicon lexicon, CandidateDecision decide)
    {
        var ends = new List<int>(tokens.Count / 12 + 1);
        Span<ulong> features = stackalloc ulong[BoundaryFeatures.MaxFeatures];
        var quotes = new QuoteState();
        var line = new LineTracker();
        var terminal = new TerminalTracker();
        int sentenceStart = 0;
        bool lowerWord = false;
        int unpunctuated = UnpunctuatedLineShare(text, tokens);
        for (int i = 0; i + 1 < tokens.Count; i++)
        {
            quotes.After(text, tokens[i]);
            lowerWord |= char.IsLower(text[tokens[i].Start]);
            line.At(text, tokens, i);
            bool boundary;
            switch (Classify(text, tokens, i))
            {
                case GapKind.Paragraph:
                    boundary = true;
                    quotes = new QuoteState();
                    break;
                case GapKind.LineBreak:
                    boundary = !ContinuesOnNextLine(text, tokens, i, lexicon);
                    quotes = new QuoteState();
                    break;
                case GapKind.Candidate when IsEnumerator(text, tokens, sentenceStart, i):
                    boundary = false;
                    break;
                case GapKind.Candidate when Rule(text, tokens, i, lexicon) is bool ruled:
                    boundary = ruled;
                    break;
                case GapKind.Candidate:
                    var context = new GapContext(quotes.Inside, line.Since(i), line.Until(i), i - sentenceStart, lowerWord, unpunctuated, i > sentenceStart && SameWord(text, tokens[sentenceStart], tokens[i + 1]), terminal.After(text, tokens, i));
                    int n = BoundaryFeatures.Extract(text, tokens, i, context, lexicon, features);
                    boundary = decide(i, features[..n]);
                    break;
                default:
                    boundary = false;
                    break;
            }

            if (boundary)
            {
                ends.Add(i + 1);
                sentenceStart = i + 1;
                lowerWord = false;
            }
        }

        if (tokens.Count > 0)
        {
            ends.Add(tokens.Count);
        }

        return ends;
    }

    /// <summary>
    /// True when tokens <paramref name="from"/>..<paramref name="to"/> are only a list enumerator ("1.", "12)", "(a)",
    /// "*2.", "b."): the item's text belongs to the same sentence, as the treebanks annotate it.
    /// </summary>
    internal static bool IsEnumerator(string text, IReadOnlyList<TextSpan> tokens, int from, int to)
    {
        if (to - from > 3)
        {
            return false;
        }

        return Enumerator.IsMatch(text.AsSpan(tokens[from].Start, tokens[to].End - tokens[from].Start));
    }

    private static bool SameWord(string text, TextSpan a, TextSpan b) =>
        text.AsSpan(a.Start, a.End - a.Start).Equals(text.AsSpan(b.Start, b.End - b.Start), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// How much of the text is written in lines without final punctuation (headers, signatures, lists, chat): 0 for
    /// a text of fewer than three lines, else 1 to 4 for under a tenth, a quarter, a half, or more of its lines.
    /// </summary>
    internal static int UnpunctuatedLineShare(string text, IReadOnlyList<TextSpan> tokens)
    {
        int lines = 0, bare = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (i + 1 < tokens.Count && !BoundaryFeatures.HasNewline(text, tokens[i].End, tokens[i + 1].Start))
            {
                continue;
            }

            lines++;
            char last = text[tokens[i].End - 1];
            if (!CharClass.IsTerminal(last) && !CharClass.IsClosing(last) && last != ':')
            {
                bare++;
            }
        }

        if (lines < 3)
        {
            return 0;
        }

        return (bare * 10 < lines) ? 1 : (bare * 4 < lines) ? 2 : (bare * 2 < lines) ? 3 : 4;
    }

    /// <summary>
    /// Rules that decide a candidate gap before the classifier: no sentence ends after a dash or a title-like
    /// abbreviation ("Gen.", "Sept."); a caption credit ("Image:") starts one; an abbreviation that can end a sentence
    /// ("U.S.") followed by a common sentence starter ("The") ends one. Null leaves the gap to the classifier.
    /// </summary>
    internal static bool? Rule(string text, IReadOnlyList<TextSpan> tokens, int i, TokenizerLexicon lexicon)
    {
        var left = text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start);
        var right = text.AsSpan(tokens[i + 1].Start, tokens[i + 1].End - tokens[i + 1].Start);
        if (left.Length <= 3 && (CharClass.IsDash(left[0]) || left[0] == '-') && (left.Length == 1 || left[^1] == left[0]) && !AfterFinalPunctuation(text, tokens, i))
        {
            return false;
        }


        if (lexicon.NonBreakingLookup.Contains(left))
        {
            return false;
        }

        if (lexicon.CaptionLookup.Contains(right) && i + 2 < tokens.Count && text[tokens[i + 2].Start] == ':' && tokens[i + 2].Start == tokens[i + 1].End)
        {
            return true;
        }

        if (left.Length > 1 && left[^1] == '.' && lexicon.StarterLookup.Contains(right) && BoundaryFeatures.IsAbbreviation(left, lexicon))
        {
            return true;
        }

        return null;
    }

    /// <summary>
    /// Whether the token before <paramref name="i"/> is final punctuation: a dash there ("… years. -- Posted by") does
    /// not join two halves of a sentence but stands alone, as the signature delimiter of e-mail and forum posts does.
    /// </summary>
    private static bool AfterFinalPunctuation(string text, IReadOnlyList<TextSpan> tokens, int i)
    {
        if (i == 0)
        {
            return false;
        }

        var before = tokens[i - 1];
        return before.End - before.Start <= 3 && CharClass.IsTerminal(text[before.End - 1]) && !char.IsLetterOrDigit(text[before.Start]);
    }

    internal enum GapKind
    {
        Inside,
        Candidate,
        LineBreak,
        Paragraph,
    }

    internal static GapKind Classify(string text, IReadOnlyList<TextSpan> tokens, int i)
    {
        int from = tokens[i].End;
        int to = tokens[i + 1].Start;
        int newlines = 0;
        for (int k = from; k < to; k++)
        {
            char c = text[k];
            if (c == '\n' || c == '\u2028' || c == '\u0085' || (c == '\r' && (k + 1 >= to || text[k + 1] != '\n')))
            {
                newlines++;
            }
            else if (c == '\u2029')
            {
                newlines += 2;
            }
        }

        if (newlines >= 2)
        {
            return GapKind.Paragraph;
        }

        if (newlines == 1)
        {
            return GapKind.LineBreak;
        }

        char last = text[tokens[i].End - 1];
        char next = text[to];
        if (!char.IsLetterOrDigit(last) || !char.IsLower(next))
        {
            return GapKind.Candidate;
        }

        // A link or address next to a lower-case word is still a candidate: lists of links and signature lines put
        // them one after another with nothing between them but the lost line break ("….html http://…").
        return IsWebForm(text, tokens[i]) || IsWebForm(text, tokens[i + 1]) ? GapKind.Candidate : GapKind.Inside;
    }

    private static bool IsWebForm(string text, TextSpan token)
    {
        if (token.End - token.Start < 5)
        {
            return false;
        }

        return TokenKind.IsWebForm(text.AsSpan(token.Start, token.End - token.Start));
    }

    private static bool ContinuesOnNextLine(string text, IReadOnlyList<TextSpan> tokens, int i, TokenizerLexicon lexicon)
    {
        var left = text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start);
        char next = text[tokens[i + 1].Start];
        if (!char.IsLower(next))
        {
            return false;
        }

        if (left is "," or ";" or "-" || (left.Length > 1 && left[^1] == '-'))
        {
            return true;
        }

        if (left.Length > 12)
        {
            return false;
        }

        Span<char> lower = stackalloc char[left.Length];
        for (int k = 0; k < left.Length; k++)
        {
            lower[k] = char.ToLowerInvariant(left[k]);
        }

        return lexicon.ContinuationLookup.Contains(lower);
    }

    /// <summary>Where the current line starts and ends, in tokens, so features can say where a gap stands on it.</summary>
    private struct LineTracker
    {
        private int start;
        private int last;

        public LineTracker()
        {
            start = 0;
            last = -1;
        }

        /// <summary>Moves to token <paramref name="i"/>, finding the extent of its line when it starts a new one.</summary>
        public void At(string text, IReadOnlyList<TextSpan> tokens, int i)
        {
            if (i <= last)
            {
                return;
            }

            start = i;
            last = i;
            while (last + 1 < tokens.Count && !BoundaryFeatures.HasNewline(text, tokens[last].End, tokens[last + 1].Start))
            {
                last++;
            }
        }

        public readonly int Since(int i) => i - start;

        public readonly int Until(int i) => last - i;
    }

    /// <summary>Finds the next token of final punctuation on the line, scanning each stretch of the line once.</summary>
    private struct TerminalTracker
    {
        private int next;
        private bool found;

        public TerminalTracker()
        {
            next = -1;
        }

        /// <summary>Tokens from the one after <paramref name="i"/> to the next final punctuation on its line (-1 when the line has none left).</summary>
        public int After(string text, IReadOnlyList<TextSpan> tokens, int i)
        {
            if (next <= i)
            {
                next = i + 1;
                found = false;
                while (next < tokens.Count)
                {
                    var token = tokens[next];
                    if (CharClass.IsTerminal(text[token.End - 1]) && token.End - token.Start <= 3 && !char.IsLetterOrDigit(text[token.Start]))
                    {
                        found = true;
                        break;
                    }

                    if (next + 1 >= tokens.Count || BoundaryFeatures.HasNewline(text, token.End, tokens[next + 1].Start))
                    {
                        break;
                    }

                    next++;
                }
            }

            return found ? next - i : -1;
        }
    }

    /// <summary>Whether a quotation is open after a token: straight quotes toggle, typographic ones open or close.</summary>
    private struct QuoteState
    {
        public bool Inside { get; private set; }

        public void After(string text, TextSpan token)
        {
            if (token.End - token.Start != 1)
            {
                return;
            }

            char c = text[token.Start];
            if (c == '"')
            {
                Inside = !Inside;
            }
            else if (c == '“')
            {
                Inside = true;
            }
            else if (c == '”')
            {
                Inside = false;
            }
        }
    }
}
