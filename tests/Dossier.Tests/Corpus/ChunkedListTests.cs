using Dossier.Corpus;

namespace Dossier.Tests.Corpus;

public sealed class ChunkedListTests
{
    [Fact]
    public void Values_added_across_many_chunks_read_back_in_order()
    {
        var list = new ChunkedList<(int, string)>();
        for (int i = 0; i < 10_000; i++)
        {
            list.Add((i, i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        Assert.Equal(10_000, list.Count);
        Assert.All(Enumerable.Range(0, 10_000), i => Assert.Equal((i, i.ToString(System.Globalization.CultureInfo.InvariantCulture)), list[i]));
        Assert.Throws<ArgumentOutOfRangeException>(() => list[10_000]);
    }
}
