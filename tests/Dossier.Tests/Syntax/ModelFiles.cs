using Dossier.Syntax;

namespace Dossier.Tests.Syntax;

/// <summary>Saving a model to a temporary file and loading it back, as the tests of model formats do.</summary>
internal static class ModelFiles
{
    /// <summary>Saves with <paramref name="save"/> to a temporary file, loads it with <paramref name="load"/>, deletes it.</summary>
    public static T RoundTrip<T>(Action<string> save, Func<string, T> load)
    {
        string path = Path.GetTempFileName();
        try
        {
            save(path);
            return load(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Asserts that a parser read back from its file parses <paramref name="s"/> as the one that was saved.</summary>
    public static void AssertParsesAlike(DependencyParser saved, DependencyParser read, TreebankSentence s)
    {
        var (heads, deprels) = saved.Parse(s.Forms, s.Xpos, s.Upos);
        var (readHeads, readDeprels) = read.Parse(s.Forms, s.Xpos, s.Upos);
        Assert.Equal(heads, readHeads);
        Assert.Equal(deprels, readDeprels);
    }

    /// <summary>The first 150 sentences of UD EWT dev: enough for the small models the format tests train.</summary>
    public static List<TreebankSentence> DevSample() => TreebankSentence.ReadConllu(TestData.Path("ud-ewt", "en_ewt-ud-dev.conllu.gz")).Take(150).ToList();

    /// <summary>Asserts that a tagger read back from its file tags the first 40 of <paramref name="sentences"/> as the one that was saved.</summary>
    public static void AssertTagsAlike(PosTagger saved, PosTagger read, IEnumerable<TreebankSentence> sentences)
    {
        foreach (var s in sentences.Take(40))
        {
            var (x, u) = saved.Tag(s.Forms);
            var (rx, ru) = read.Tag(s.Forms);
            Assert.Equal(x, rx);
            Assert.Equal(u, ru);
        }
    }
}
