namespace Dossier.Corpus.Records;

/// <summary>Reads what <see cref="BitWriter"/> packed; running past the last word is a damaged record.</summary>
internal sealed class BitReader(List<ulong> words)
{
    private int position;

    public bool Next()
    {
        int word = position >> 6;
        if (word >= words.Count)
        {
            throw new InvalidDataException("A corpus record's packed bits end early.");
        }

        bool bit = ((words[word] >> (63 - (position & 63))) & 1) != 0;
        position++;
        return bit;
    }
}
