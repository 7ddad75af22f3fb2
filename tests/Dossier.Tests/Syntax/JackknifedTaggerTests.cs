using Dossier.Syntax;
using Dossier.Syntax.Training;

namespace Dossier.Tests.Syntax;

/// <summary>
/// The jackknifed tagger (<c>train tagger --jackknife K</c>): its later models (with <c>--jackknife-upos-only</c> the
/// universal model alone) learn from held-out tags, the run is
/// deterministic, the held-out tags can be kept in a file, and the extended universal features travel in the model file.
/// </summary>
public sealed class JackknifedTaggerTests
{
    private static TaggerTrainingOptions Options(string? file = null) =>
        new(2, 5) { RightContext = true, Jackknife = 3, JackknifeEpochs = 1, ExtendedUpos = true, HeldOutTagsFile = file };

    [Fact]
    public void Same_data_and_seed_give_the_same_jackknifed_tagger()
    {
        var data = ModelFiles.DevSample();
        byte[] Bytes() => ModelFiles.RoundTrip(TaggerTrainer.Train(data, TagLexicon.Empty, Options()).Save, File.ReadAllBytes);

        Assert.Equal(Bytes(), Bytes());
    }

    [Fact]
    public void Jackknifing_changes_what_the_later_models_learn_but_not_the_first_pass()
    {
        var data = ModelFiles.DevSample();
        var plain = TaggerTrainer.Train(data, TagLexicon.Empty, Options() with { Jackknife = 0 });
        var jackknifed = TaggerTrainer.Train(data, TagLexicon.Empty, Options());

        Assert.Equal(Penn(plain.FirstPass(), data), Penn(jackknifed.FirstPass(), data));
        Assert.NotEqual(Bytes(plain), Bytes(jackknifed));
    }

    [Fact]
    public void Jackknifing_the_universal_model_alone_keeps_both_Penn_passes()
    {
        var data = ModelFiles.DevSample();
        var plain = TaggerTrainer.Train(data, TagLexicon.Empty, Options() with { Jackknife = 0 });
        var uposOnly = TaggerTrainer.Train(data, TagLexicon.Empty, Options() with { JackknifeUposOnly = true });
        var jackknifed = TaggerTrainer.Train(data, TagLexicon.Empty, Options());

        Assert.Equal(Penn(plain, data), Penn(uposOnly, data));
        Assert.NotEqual(Universal(plain, data), Universal(uposOnly, data));
        Assert.NotEqual(Penn(jackknifed, data), Penn(uposOnly, data));
    }

    [Fact]
    public void Kept_held_out_tags_give_the_same_tagger_as_fresh_ones()
    {
        var data = ModelFiles.DevSample();
        string file = Path.Combine(Path.GetTempPath(), $"dossier-held-out-{Guid.NewGuid():N}.txt");
        try
        {
            var fresh = Bytes(TaggerTrainer.Train(data, TagLexicon.Empty, Options()));
            var written = Bytes(TaggerTrainer.Train(data, TagLexicon.Empty, Options(file)));
            Assert.True(File.Exists(file));
            var read = Bytes(TaggerTrainer.Train(data, TagLexicon.Empty, Options(file)));

            Assert.Equal(fresh, written);
            Assert.Equal(fresh, read);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_damaged_line_of_held_out_tags_is_refused_with_its_line_number()
    {
        var data = ModelFiles.DevSample().Take(30).ToList();
        string file = Path.Combine(Path.GetTempPath(), $"dossier-held-out-{Guid.NewGuid():N}.txt");
        try
        {
            TaggerTrainer.Train(data, TagLexicon.Empty, Options(file));
            var lines = File.ReadAllLines(file);

            // The third sentence loses its last tag of the second pass; the header still names the same data.
            lines[3] = lines[3][..lines[3].LastIndexOf(' ')];
            File.WriteAllLines(file, lines);

            var error = Assert.Throws<InvalidDataException>(() => TaggerTrainer.Train(data, TagLexicon.Empty, Options(file)));
            Assert.Contains("DOS0234", error.Message, StringComparison.Ordinal);
            Assert.Contains(file + " line 4", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Held_out_tags_of_other_data_are_not_reused()
    {
        var data = ModelFiles.DevSample();
        string file = Path.Combine(Path.GetTempPath(), $"dossier-held-out-{Guid.NewGuid():N}.txt");
        try
        {
            TaggerTrainer.Train(data.Skip(50).ToList(), TagLexicon.Empty, Options(file));
            var other = Bytes(TaggerTrainer.Train(data, TagLexicon.Empty, Options(file)));

            Assert.Equal(Bytes(TaggerTrainer.Train(data, TagLexicon.Empty, Options())), other);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void The_extended_universal_features_are_read_back_and_tag_alike()
    {
        var data = ModelFiles.DevSample();
        var tagger = TaggerTrainer.Train(data, TagLexicon.Empty, Options());
        var read = ModelFiles.RoundTrip(tagger.Save, PosTagger.Load);
        var plain = ModelFiles.RoundTrip(TaggerTrainer.Train(data, TagLexicon.Empty, Options() with { ExtendedUpos = false }).Save, PosTagger.Load);

        Assert.True(read.ExtendedUpos);
        Assert.False(plain.ExtendedUpos);
        ModelFiles.AssertTagsAlike(tagger, read, data);
    }

    [Fact]
    public void Pruning_the_universal_model_alone_keeps_the_Penn_tags_and_shrinks_the_file()
    {
        var data = ModelFiles.DevSample();
        var tagger = TaggerTrainer.Train(data, TagLexicon.Empty, Options() with { Jackknife = 0 });
        var even = tagger.Pruned(1f);
        var harder = tagger.Pruned(1f, 3f);

        Assert.Equal(Bytes(even), Bytes(tagger.Pruned(1f, 1f)));
        Assert.Equal(Penn(even, data), Penn(harder, data));
        Assert.True(Bytes(harder).Length < Bytes(even).Length);
        Assert.True(ModelFiles.RoundTrip(harder.Save, PosTagger.Load).ExtendedUpos);
    }

    private static string[][] Penn(PosTagger tagger, List<TreebankSentence> data) => data.Select(s => tagger.Tag(s.Forms).Xpos).ToArray();

    private static string[][] Universal(PosTagger tagger, List<TreebankSentence> data) => data.Select(s => tagger.Tag(s.Forms).Upos).ToArray();

    private static byte[] Bytes(PosTagger tagger) => ModelFiles.RoundTrip(tagger.Save, File.ReadAllBytes);
}
