using Dossier.Entities.Ner;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dossier.Tests.Entities;

public sealed class NerLabelsTests
{
    [Property]
    public Property Encoding_spans_as_BILOU_and_decoding_gives_the_spans_back()
    {
        // Random non-overlapping spans: a sequence of (gap, length, type) triples laid end to end.
        var triples = Gen.Choose(0, 3).Zip(Gen.Choose(1, 4)).Zip(Gen.Choose(0, 3)).ListOf();
        return Prop.ForAll(triples.ToArbitrary(), list =>
        {
            var spans = new List<NerSpan>();
            int position = 0;
            foreach (var ((gap, length), type) in list)
            {
                position += gap;
                spans.Add(new NerSpan(position, position + length, type));
                position += length;
            }

            var labels = NerLabels.Encode(position + 1, spans);
            return NerLabels.Decode(labels).SequenceEqual(spans);
        });
    }

    [Theory]
    [InlineData("O", "B-PER", true)]
    [InlineData("B-PER", "L-PER", true)]
    [InlineData("B-PER", "L-ORG", false)]
    [InlineData("B-PER", "O", false)]
    [InlineData("O", "I-PER", false)]
    [InlineData("U-LOC", "U-LOC", true)]
    [InlineData("L-ORG", "I-ORG", false)]
    public void Only_well_formed_BILOU_transitions_are_allowed(string previous, string next, bool allowed)
    {
        var labels = new NerLabels(NerCorpora.Types);
        int p = labels.Names.ToList().IndexOf(previous);
        int n = labels.Names.ToList().IndexOf(next);
        Assert.Equal(allowed, NerLabels.CanFollow(p, n));
    }
}
