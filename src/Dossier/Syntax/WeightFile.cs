namespace Dossier.Syntax;

/// <summary>Reads a model's weights in either format: float (<see cref="SparseModel"/>) or quantized (<see cref="QuantizedModel"/>).</summary>
internal static class WeightFile
{
    public static IScorer Read(BinaryReader reader, string name)
    {
        int magic = reader.ReadInt32();
        return magic switch
        {
            SparseModel.Magic => SparseModel.ReadBody(reader),
            QuantizedModel.Magic => QuantizedModel.ReadBody(reader, name),
            _ => throw new InvalidDataException($"DOS0201: {name} is not a Dossier weight file (bad magic number); retrain it with `dossier train`."),
        };
    }
}
