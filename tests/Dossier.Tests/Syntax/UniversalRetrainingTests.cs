using Dossier.Syntax;
using Dossier.Syntax.Training;

namespace Dossier.Tests.Syntax;

/// <summary>
/// The universal model trained alone on a finished tagger's Penn passes (<c>train tagger --upos-on FILE</c>): replaying
/// the joint training's Penn tags (<c>--penn-log</c>) gives the joint training's tagger, the Penn passes are kept,
/// the Penn context features travel in the model file, and several models vote through their mean weights.
/// </summary>
public sealed class UniversalRetrainingTests
{
    private static TaggerTrainingOptions Options(string? log = null) =>
        new(3, 5) { RightContext = true, ExtendedUpos = true, PennTagLogFile = log };

    [Fact]
    public void Replaying_the_logged_Penn_tags_gives_the_jointly_trained_tagger_byte_for_byte()
    {
        var data = ModelFiles.DevSample();
        string log = Path.Combine(Path.GetTempPath(), $"dossier-penn-log-{Guid.NewGuid():N}.bin");
        try
        {
            var joint = TaggerTrainer.Train(data, TagLexicon.Empty, Options(log));
            Assert.True(File.Exists(log));
            var replayed = UniversalModelTrainer.Train(joint, data, Options(log));
            var retagged = UniversalModelTrainer.Train(joint, data, Options());

            Assert.Equal(Bytes(joint), Bytes(replayed));

            // Without the log the universal model learns from the finished passes' tags, which are not the ones the
            // joint training's universal model saw in its early epochs.
            Assert.NotEqual(Bytes(joint), Bytes(retagged));
            Assert.Equal(Penn(joint, data), Penn(retagged, data));
        }
        finally
        {
            File.Delete(log);
        }
    }

    [Fact]
    public void The_Penn_context_features_are_read_back_and_change_the_universal_tags_only()
    {
        var data = ModelFiles.DevSample();
        var joint = TaggerTrainer.Train(data, TagLexicon.Empty, Options());
        var context = UniversalModelTrainer.Train(joint, data, Options() with { PennContext = true });
        var read = ModelFiles.RoundTrip(context.Save, PosTagger.Load);

        Assert.True(read.PennContext);
        Assert.False(ModelFiles.RoundTrip(joint.Save, PosTagger.Load).PennContext);
        ModelFiles.AssertTagsAlike(context, read, data);
        Assert.Equal(Penn(joint, data), Penn(read, data));
        Assert.NotEqual(Bytes(UniversalModelTrainer.Train(joint, data, Options())), Bytes(context));
    }

    [Fact]
    public void The_joint_training_refuses_the_Penn_context_features()
    {
        var data = ModelFiles.DevSample();

        var error = Assert.Throws<ArgumentException>(() => TaggerTrainer.Train(data, TagLexicon.Empty, Options() with { PennContext = true }));
        Assert.Contains("DOS0233", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_mean_of_a_model_with_itself_scores_as_the_model_and_of_two_models_as_their_summed_scores()
    {
        var data = ModelFiles.DevSample();
        var joint = TaggerTrainer.Train(data, TagLexicon.Empty, Options());
        var one = (SparseModel)UniversalModelTrainer.Train(joint, data, Options()).UposModel;
        var other = (SparseModel)UniversalModelTrainer.Train(joint, data, Options() with { Seed = 6 }).UposModel;
        var self = SparseModel.Mean([one, one]);
        var both = SparseModel.Mean([one, other]);

        var features = data[0].Forms.Select(f => FeatureHash.Of(2, FeatureHash.Chars(f, lower: true))).Append(FeatureHash.Of(1, 1)).ToArray();
        float[] Scores(SparseModel m)
        {
            var s = new float[m.ClassCount];
            m.Score(features, s);
            return s;
        }

        var a = Scores(one);
        var b = Scores(other);
        Assert.Equal(a, Scores(self), new FloatNear(1e-4f));
        Assert.Equal(a.Zip(b, (x, y) => (x + y) / 2).ToArray(), Scores(both), new FloatNear(1e-3f));
        Assert.NotEqual(a, b, new FloatNear(1e-4f));
    }

    private sealed class FloatNear(float tolerance) : IEqualityComparer<float>
    {
        public bool Equals(float x, float y) => MathF.Abs(x - y) <= tolerance;

        public int GetHashCode(float obj) => 0;
    }

    private static string[][] Penn(PosTagger tagger, List<TreebankSentence> data) => data.Select(s => tagger.Tag(s.Forms).Xpos).ToArray();

    private static byte[] Bytes(PosTagger tagger) => ModelFiles.RoundTrip(tagger.Save, File.ReadAllBytes);
}
