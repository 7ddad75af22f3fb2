namespace Dossier.Corpus;

/// <summary>
/// An append-only list of values kept in fixed-size chunks: growing it never copies what it holds, so a list of
/// millions of structs costs its values and one partly filled chunk, not a doubled array and the copy of it.
/// </summary>
internal sealed class ChunkedList<T>
{
    private const int Shift = 12, Size = 1 << Shift, Mask = Size - 1;

    private readonly List<T[]> chunks = [];

    public int Count { get; private set; }

    public void Add(T value)
    {
        if ((Count & Mask) == 0)
        {
            chunks.Add(new T[Size]);
        }

        chunks[Count >> Shift][Count & Mask] = value;
        Count++;
    }

    public ref readonly T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return ref chunks[index >> Shift][index & Mask];
        }
    }
}
