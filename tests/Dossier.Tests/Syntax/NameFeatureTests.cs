using System.IO.Compression;
using Dossier.Syntax;
using Dossier.Syntax.Training;

namespace Dossier.Tests.Syntax;

/// <summary>
/// The tagger's name features: word kinds read from the name lists and gazetteers, carried inside the tagger file,
/// and read by the Penn passes.
/// </summary>
public sealed class NameFeatureTests
{
    private static readonly Lazy<NameClasses> Lists = new(() =>
        NameLists.Read(Path.GetDirectoryName(TestData.Path("nltk", "names.zip"))!, Path.Combine(TestData.RepositoryRoot(), "resources", "en", "entities")));

    [Theory]
    [InlineData("kerala", NameClasses.Place)]
    [InlineData("Alberta", NameClasses.Place)]
    [InlineData("mary", NameClasses.Female)]
    [InlineData("Iranian", NameClasses.Demonym)]
    [InlineData("russia", NameClasses.Country)]
    [InlineData("putin", NameClasses.Surname)]
    [InlineData("york", NameClasses.PlaceEnd)]
    public void The_lists_give_words_their_kinds_whatever_their_case(string word, byte kind)
    {
        Assert.Equal(kind, Lists.Value.Of(word) & kind);
    }

    [Theory]
    [InlineData("talks")]
    [InlineData("because")]
    [InlineData("1999")]
    public void Common_words_outside_the_lists_have_no_kind(string word)
    {
        Assert.Equal(0, Lists.Value.Of(word));
    }

    [Fact]
    public void A_tagger_trained_with_names_is_read_back_with_them_and_tags_alike()
    {
        var data = TreebankSentence.ReadConllu(TestData.Path("ud-ewt", "en_ewt-ud-dev.conllu.gz")).Take(120).ToList();
        var tagger = TaggerTrainer.Train(data, TagLexicon.Empty.WithNames(Lists.Value), 2, 3);
        var read = ModelFiles.RoundTrip(tagger.Save, PosTagger.Load);

        Assert.Equal(Lists.Value.Count, read.Lexicon.Names.Count);
        string[] words = ["Mokhber", "and", "putin", "met", "in", "kerala", "on", "Thursday", "."];
        var (x, u) = tagger.Tag(words);
        var (rx, ru) = read.Tag(words);
        Assert.Equal(x, rx);
        Assert.Equal(u, ru);
    }

    [Fact]
    public void Name_features_change_the_tags_of_real_sentences()
    {
        var train = TreebankSentence.ReadConllu(TestData.Path("ud-ewt", "en_ewt-ud-train.conllu.gz")).Take(1500).ToList();
        var dev = TreebankSentence.ReadConllu(TestData.Path("ud-ewt", "en_ewt-ud-dev.conllu.gz")).Take(400).ToList();
        var plain = TaggerTrainer.Train(train, TagLexicon.Empty, 2, 1);
        var named = TaggerTrainer.Train(train, TagLexicon.Empty.WithNames(Lists.Value), 2, 1);

        // The words whose Penn tag the name features change; among them words of the lists.
        var changed = dev.SelectMany(s => s.Forms.Zip(plain.Tag(s.Forms).Xpos, named.Tag(s.Forms).Xpos))
            .Where(t => !string.Equals(t.Second, t.Third, StringComparison.Ordinal)).Select(t => t.First).ToList();
        Assert.Contains(changed, w => Lists.Value.Of(w) != 0);
    }

    [Fact]
    public void A_name_list_with_a_line_that_is_no_name_is_refused_naming_it()
    {
        string folder = Directory.CreateTempSubdirectory("dossier-names").FullName;
        try
        {
            using (var zip = ZipFile.Open(Path.Combine(folder, "names.zip"), ZipArchiveMode.Create))
            {
                using var writer = new StreamWriter(zip.CreateEntry("names/female.txt").Open());
                writer.Write("Mary\nAnne\t42\n");
            }

            var e = Assert.Throws<InvalidDataException>(() => NameLists.Read(folder, Path.Combine(TestData.RepositoryRoot(), "resources", "en", "entities")));
            Assert.StartsWith("DOS0240:", e.Message, StringComparison.Ordinal);
            Assert.Contains("names/female.txt:2", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_missing_name_list_archive_is_refused_naming_it()
    {
        var e = Assert.Throws<FileNotFoundException>(() => NameLists.Read("/nonexistent-dossier-data", "/nonexistent-entities"));
        Assert.Contains("DOS0240: name list archive /nonexistent-dossier-data/names.zip", e.Message, StringComparison.Ordinal);
    }
}
