namespace Dossier.Syntax.Training;

/// <summary>
/// The Penn tags the joint training gave every training sentence in every epoch (the final pass's tags, the first
/// pass's and the final pass's second choices), kept so that a universal model trained alone later
/// (<see cref="UniversalModelTrainer.Train"/>) reads the same tags, errors included, as the joint training's did:
/// with the same features, seed and epochs it learns the same weights.
/// </summary>
public sealed class PennTagLog
{
    private const int Magic = 0x314C5450; // "PTL1"
    private readonly byte[][][] tags;

    internal PennTagLog(int epochs, int sentences)
    {
        tags = new byte[epochs][][];
        for (int e = 0; e < epochs; e++)
        {
            tags[e] = new byte[sentences][];
        }
    }

    /// <summary>Epochs recorded.</summary>
    public int Epochs => tags.Length;

    /// <summary>Training sentences per epoch.</summary>
    public int Sentences => tags.Length == 0 ? 0 : tags[0].Length;

    internal void Record(int epoch, int sentence, int[] final, int[] first, int[] runnerUp)
    {
        int n = final.Length;
        var row = new byte[3 * n];
        for (int i = 0; i < n; i++)
        {
            row[i] = (byte)final[i];
            row[n + i] = (byte)first[i];
            row[(2 * n) + i] = (byte)runnerUp[i];
        }

        tags[epoch][sentence] = row;
    }

    /// <summary>The tags of a sentence in an epoch (0-based); epochs past the last recorded read the last.</summary>
    internal PennTags Read(int epoch, int sentence)
    {
        var row = tags[Math.Min(epoch, tags.Length - 1)][sentence];
        int n = row.Length / 3;
        var final = new int[n];
        var first = new int[n];
        var runnerUp = new int[n];
        for (int i = 0; i < n; i++)
        {
            final[i] = row[i];
            first[i] = row[n + i];
            runnerUp[i] = row[(2 * n) + i];
        }

        return new PennTags(final, first, runnerUp);
    }

    /// <summary>Writes the log (about three bytes per word and epoch).</summary>
    public void Save(string path)
    {
        using var writer = new BinaryWriter(new BufferedStream(File.Create(path), 1 << 20));
        writer.Write(Magic);
        writer.Write(Epochs);
        writer.Write(Sentences);
        foreach (var epoch in tags)
        {
            foreach (var row in epoch)
            {
                writer.Write(row.Length);
                writer.Write(row);
            }
        }
    }

    /// <summary>Reads a log written by <see cref="Save"/>.</summary>
    public static PennTagLog Load(string path)
    {
        using var reader = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 20));
        if (reader.ReadInt32() != Magic)
        {
            throw new InvalidDataException($"DOS0231: {path} is not a Penn tag log; write one with `dossier train tagger --penn-log FILE`.");
        }

        var log = new PennTagLog(reader.ReadInt32(), reader.ReadInt32());
        foreach (var epoch in log.tags)
        {
            for (int s = 0; s < epoch.Length; s++)
            {
                epoch[s] = reader.ReadBytes(reader.ReadInt32());
            }
        }

        return log;
    }
}
