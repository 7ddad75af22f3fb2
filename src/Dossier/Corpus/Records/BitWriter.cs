namespace Dossier.Corpus.Records;

/// <summary>Bits packed into 64-bit words, first bit highest (for <see cref="MinHashPacking"/>).</summary>
internal sealed class BitWriter
{
    private readonly List<ulong> words = [];
    private int used = 64;

    public IReadOnlyCollection<ulong> Words => words;

    public void Add(bool bit)
    {
        if (used == 64)
        {
            words.Add(0);
            used = 0;
        }

        if (bit)
        {
            words[^1] |= 1UL << (63 - used);
        }

        used++;
    }
}
