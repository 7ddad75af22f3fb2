using Dossier.Events;

namespace Dossier.Tests.Events;

public sealed class CameoCatalogTests
{
    private static readonly CameoCatalog Catalog = CameoCatalog.Load();

    [Theory]
    [InlineData("040", "consult", "CONSULT", 1.0, 1)]
    [InlineData("057", "sign formal agreement", "SUPPORT", 8.0, 1)]
    [InlineData("072", "provide military aid", "AID", 8.3, 2)]
    [InlineData("163", "impose embargo, boycott, or sanctions", "COERCE", -8.0, 4)]
    [InlineData("190", "use conventional military force", "ASSAULT", -10.0, 4)]
    public void Gives_label_plover_goldstein_and_quad_class(string code, string label, string plover, double goldstein, int quad)
    {
        var e = Catalog.Find(code)!;
        Assert.Equal((label, plover, goldstein, quad), (e.Label, e.Plover, e.Goldstein!.Value, e.QuadClass));
    }

    [Fact]
    public void Unknown_refinements_fall_back_to_their_parent()
    {
        Assert.Equal("040", Catalog.Find("0409")!.Code);
        Assert.Equal("xyz", Catalog.Label("xyz"));
    }

    [Theory]
    [InlineData("010", 1)]
    [InlineData("061", 2)]
    [InlineData("112", 3)]
    [InlineData("1951", 4)]
    public void Quad_class_follows_the_cue_category(string code, int quad) => Assert.Equal(quad, CameoCatalog.QuadClassOf(code));
}
