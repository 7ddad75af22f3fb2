using Dossier.Syntax;
using Dossier.Syntax.Training;

namespace Dossier.Tests.Syntax;

/// <summary>The tagger's optional second Penn-tag pass (<c>train tagger --right-context</c>) travels in its file.</summary>
public sealed class RightContextTaggerTests
{
    [Fact]
    public void A_tagger_with_a_second_pass_is_read_back_with_it_and_tags_alike()
    {
        var data = ModelFiles.DevSample();
        var tagger = TaggerTrainer.Train(data, TagLexicon.Empty, 2, 3, rightContext: true);
        var read = ModelFiles.RoundTrip(tagger.Save, PosTagger.Load);

        Assert.NotNull(read.XposRightModel);
        ModelFiles.AssertTagsAlike(tagger, read, data);
    }

    [Fact]
    public void Without_the_option_the_tagger_has_one_Penn_pass()
    {
        var data = ModelFiles.DevSample();
        var read = ModelFiles.RoundTrip(TaggerTrainer.Train(data, TagLexicon.Empty, 1, 3).Save, PosTagger.Load);

        Assert.Null(read.XposRightModel);
    }

    [Fact]
    public void Same_data_and_seed_give_the_same_tagger_with_a_second_pass()
    {
        var data = ModelFiles.DevSample();
        byte[] Bytes() => ModelFiles.RoundTrip(TaggerTrainer.Train(data, TagLexicon.Empty, 2, 7, rightContext: true).Save, File.ReadAllBytes);

        Assert.Equal(Bytes(), Bytes());
    }
}
