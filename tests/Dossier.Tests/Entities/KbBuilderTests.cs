using Dossier.Entities.Kb;

namespace Dossier.Tests.Entities;

public sealed class KbBuilderTests
{
    [Theory]
    [InlineData("President Masoud PEZESHKIAN (since 30 July 2024)", "President", "Masoud Pezeshkian", "2024-07-30")]
    [InlineData("Supreme Leader Ali Hoseini-KHAMENEI (since 4 June 1989)", "Supreme Leader", "Ali Hoseini-KHAMENEI", "1989-06-04")]
    [InlineData("Prime Minister Keir STARMER (since 5 July 2024)", "Prime Minister", "Keir Starmer", "2024-07-05")]
    [InlineData("Premier Mikhail Vladimirovich MISHUSTIN (since 16 January 2020)", "Premier", "Mikhail Vladimirovich Mishustin", "2020-01-16")]
    public void Reads_title_name_and_start_date_from_a_Factbook_executive_entry(string text, string title, string name, string since)
    {
        var (t, n, s) = Assert.Single(KbBuilder.ParseExecutive(text));
        Assert.Equal((title, name, since), (t, n, s));
    }
}
