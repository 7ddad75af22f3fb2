using Dossier.Model;
using Dossier.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dossier.Tests.Text;

/// <summary>Invariants of the tokenizer and splitter over random text: news-like pieces, quotes, newlines, any unicode.</summary>
public sealed class SegmentationPropertyTests
{
    private static readonly string[] Pieces =
    [
        "Iran", "U.S.", "Sept.", "’s", "'s", "n't", "“", "”", "‘", "’", "\"", "'", "—", "–", "-", "--", ".", "...", "…", "?", "!",
        ",", ":", ";", "(", ")", "[", "]", "7,200", "3.5", "23:2", "2024-07-05", "http://x.org/a", "a@b.com", "@h", "#t",
        "Mr.", "W.", "a.m.", "e-mail", "Tehran-Moscow", "cannot", " ", " ", " ", "\n", "\n\n", "\r\n", "\t", "\u00a0", "é",
        "😀", "\ud800", "The", "said", "x",
    ];

    private static Arbitrary<string> NewsLikeText() =>
        Gen.OneOf(
                Gen.Elements(Pieces).ListOf().Select(p => string.Concat(p)),
                ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty),
                Gen.Elements(Pieces).ListOf().Zip(ArbMap.Default.GeneratorFor<string>(), (p, s) => string.Concat(p) + s))
            .ToArbitrary();

    [Property(MaxTest = 400)]
    public Property Tokens_are_ordered_non_overlapping_slices_without_whitespace() =>
        Prop.ForAll(NewsLikeText(), text =>
        {
            var (tokens, _) = TextSegmenter.Default.Segment(text);
            int previousEnd = 0;
            foreach (var token in tokens)
            {
                Assert.True(token.Start >= previousEnd && token.End > token.Start && token.End <= text.Length, $"bad span {token.Span}");
                string slice = token.Span.Slice(text);
                Assert.Equal(text.Substring(token.Start, token.End - token.Start), slice);
                Assert.DoesNotContain(slice, char.IsWhiteSpace);
                previousEnd = token.End;
            }
        });

    [Property(MaxTest = 400)]
    public Property Sentences_partition_the_tokens_in_order() =>
        Prop.ForAll(NewsLikeText(), text =>
        {
            var (tokens, sentences) = TextSegmenter.Default.Segment(text);
            int next = 0;
            int previousEnd = 0;
            for (int s = 0; s < sentences.Length; s++)
            {
                var sentence = sentences[s];
                Assert.Equal(next, sentence.FirstToken);
                Assert.True(sentence.TokenCount > 0);
                Assert.True(sentence.Start >= previousEnd);
                Assert.Equal(tokens[sentence.FirstToken].Start, sentence.Start);
                Assert.Equal(tokens[sentence.EndToken - 1].End, sentence.End);
                Assert.All(Enumerable.Range(sentence.FirstToken, sentence.TokenCount), i => Assert.Equal(s, tokens[i].Sentence));
                next = sentence.EndToken;
                previousEnd = sentence.End;
            }

            Assert.Equal(tokens.Length, next);
            var document = new Document("p", text);
            document.SetTokens(tokens, sentences);
        });

    [Property(MaxTest = 200)]
    public Property Only_whitespace_is_dropped() =>
        Prop.ForAll(NewsLikeText(), text =>
        {
            var tokens = TextSegmenter.Default.Tokenizer.Tokenize(text);
            int covered = tokens.Sum(t => t.Length);
            int nonWhite = text.Count(c => !char.IsWhiteSpace(c));
            Assert.Equal(nonWhite, covered);
        });
}
