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
}
