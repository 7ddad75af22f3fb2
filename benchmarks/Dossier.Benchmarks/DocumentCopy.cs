using Dossier.Model;

namespace Dossier.Benchmarks.Stages;

/// <summary>
/// A deep enough copy of an annotated document for a stage to run on it again: new arrays and lists (the stages
/// write into them), shared immutable annotation records.
/// </summary>
internal static class DocumentCopy
{
    public static Document Of(Document source) => source.Copy(source.Id, source.Metadata);
}
