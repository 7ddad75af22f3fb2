using Dossier.Syntax;
using Dossier.Syntax.Training;

namespace Dossier.Tests.Syntax;

/// <summary>MASC's written sentences as extra data for the tagger's Penn passes, kept only where they agree with the treebanks.</summary>
public sealed class MascTrainingTests
{
    private static readonly Lazy<List<TreebankSentence>> Train = new(() =>
        TreebankSentence.ReadConllu(TestData.Path("ud-ewt", "en_ewt-ud-train.conllu.gz")).Take(3000).ToList());

    [Fact]
    public void Kept_sentences_give_every_word_seen_in_the_treebank_one_of_its_tags()
    {
        var kept = MascSentences.Agreeing(TestData.Path("nltk", "masc_tagged.zip"), Train.Value);
        var known = Train.Value.SelectMany(s => s.Forms.Zip(s.Xpos)).ToLookup(p => p.First, p => p.Second, StringComparer.Ordinal);

        Assert.True(kept.Count > 100, $"{kept.Count} sentences kept");
        foreach (var s in kept)
        {
            Assert.DoesNotContain("\"", s.Forms);
            for (int i = 0; i < s.Length; i++)
            {
                if (known.Contains(s.Forms[i]))
                {
                    Assert.Contains(s.Xpos[i], known[s.Forms[i]]);
                }
            }
        }
    }

    [Fact]
    public void The_majority_filter_keeps_fewer_sentences_each_word_with_its_most_frequent_tag_and_TO_before_verbs()
    {
        string masc = TestData.Path("nltk", "masc_tagged.zip");
        var kept = MascSentences.Agreeing(masc, Train.Value, majority: true);
        var counts = Train.Value.SelectMany(s => s.Forms.Zip(s.Xpos)).GroupBy(p => p.First, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.GroupBy(p => p.Second, StringComparer.Ordinal).ToDictionary(t => t.Key, t => t.Count(), StringComparer.Ordinal), StringComparer.Ordinal);

        Assert.InRange(kept.Count, 50, MascSentences.Agreeing(masc, Train.Value).Count - 1);
        foreach (var s in kept)
        {
            for (int i = 0; i < s.Length; i++)
            {
                if (counts.TryGetValue(s.Forms[i], out var tags))
                {
                    Assert.Equal(tags.Values.Max(), tags[s.Xpos[i]]);
                }

                if (s.Xpos[i] == "TO")
                {
                    Assert.StartsWith("VB", s.Xpos[i + 1], StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void Penn_only_sentences_change_the_tags_only_in_the_epochs_given()
    {
        var data = Train.Value.Take(300).ToList();
        var masc = MascSentences.Agreeing(TestData.Path("nltk", "masc_tagged.zip"), data).Take(300).ToList();
        var plain = TaggerTrainer.Train(data, TagLexicon.Empty, new TaggerTrainingOptions(2, 1));
        var more = TaggerTrainer.Train(data, TagLexicon.Empty, new TaggerTrainingOptions(2, 1) { PennOnly = masc });
        var none = TaggerTrainer.Train(data, TagLexicon.Empty, new TaggerTrainingOptions(2, 1) { PennOnly = masc, PennOnlyEpochs = 0 });

        var dev = TreebankSentence.ReadConllu(TestData.Path("ud-ewt", "en_ewt-ud-dev.conllu.gz")).Take(100).ToList();
        Assert.NotEqual(dev.SelectMany(s => plain.Tag(s.Forms).Xpos), dev.SelectMany(s => more.Tag(s.Forms).Xpos));

        // In no epoch: the tagger trained without them.
        Assert.Equal(dev.SelectMany(s => plain.Tag(s.Forms).Xpos), dev.SelectMany(s => none.Tag(s.Forms).Xpos));
        Assert.Equal(dev.SelectMany(s => plain.Tag(s.Forms).Upos), dev.SelectMany(s => none.Tag(s.Forms).Upos));
    }

    [Fact]
    public void Penn_only_sentences_with_a_tag_the_treebank_lacks_are_refused()
    {
        var data = Train.Value.Take(50).ToList();
        var odd = new TreebankSentence(["Hello", "there"], ["_", "_"], ["_", "_"], ["UH", "PP"], [0, 0], ["_", "_"]);
        var e = Assert.Throws<ArgumentException>(() => TaggerTrainer.Train(data, TagLexicon.Empty, new TaggerTrainingOptions(1, 1) { PennOnly = [odd] }));
        Assert.StartsWith("DOS0242:", e.Message, StringComparison.Ordinal);
    }
}
