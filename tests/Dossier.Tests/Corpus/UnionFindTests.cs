using Dossier.Corpus;
using FsCheck;
using FsCheck.Fluent;

namespace Dossier.Tests.Corpus;

public sealed class UnionFindTests
{
    [Fact]
    public void Groups_do_not_depend_on_the_order_of_unions()
    {
        var pairs = Gen.Choose(0, 19).Two().ListOf();
        Prop.ForAll(pairs.ToArbitrary(), list =>
        {
            var forward = new UnionFind(20);
            var backward = new UnionFind(20);
            foreach (var (a, b) in list)
            {
                forward.Union(a, b);
            }

            foreach (var (a, b) in Enumerable.Reverse(list))
            {
                backward.Union(b, a);
            }

            Assert.Equal(forward.Groups(), backward.Groups());
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Elements_added_one_by_one_join_as_those_made_at_once_and_no_element_beyond_them_is_found()
    {
        var grown = new UnionFind(0);
        var made = new UnionFind(40);
        for (int i = 0; i < 40; i++)
        {
            Assert.Equal(i, grown.Add());
        }

        foreach (var (a, b) in new[] { (3, 17), (17, 39), (5, 6), (0, 38) })
        {
            grown.Union(a, b);
            made.Union(a, b);
        }

        Assert.Equal(40, grown.Count);
        Assert.Equal(made.Groups(), grown.Groups());
        Assert.Throws<ArgumentOutOfRangeException>(() => grown.Find(40));
    }
}
