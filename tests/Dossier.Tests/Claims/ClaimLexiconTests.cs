using Dossier.Claims;
using Dossier.Resources;

namespace Dossier.Tests.Claims;

public sealed class ClaimLexiconTests
{
    [Fact]
    public void The_shipped_lists_load_and_every_contrary_and_theme_they_name_exists()
    {
        var lexicon = ClaimLexicon.Default;

        Assert.Equal("denies", lexicon.Verbs["dismiss"].Position);
        Assert.Equal("suspend", lexicon.PredicateWords["halt"].Name);
        Assert.Equal("suspend", lexicon.Classes["continue"].Contrary);
        Assert.Equal("weapons", lexicon.ThemeWords["drone"]);
        Assert.Equal("negated", lexicon.Falsity["case"]);
    }

    [Fact]
    public void A_bad_position_is_an_error_naming_the_file_and_line()
    {
        string folder = Directory.CreateTempSubdirectory("dossier-claims-").FullName;
        try
        {
            foreach (string file in Directory.GetFiles(ResourceLocator.Resource("en", "claims")))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            File.AppendAllText(Path.Combine(folder, "verbs.tsv"), "gainsay\tcontradicts\tstance\n");

            var error = Assert.Throws<InvalidDataException>(() => ClaimLexicon.Load(folder));

            Assert.Contains("DOS1301", error.Message, StringComparison.Ordinal);
            Assert.Contains("verbs.tsv:", error.Message, StringComparison.Ordinal);
            Assert.Contains("'contradicts'", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
