namespace Dossier.Ingest.Sources;

/// <summary>Either an input that was read or the reason it could not be.</summary>
public sealed record ReadResult(IngestInput? Input, IngestFailure? Failure)
{
    public static ReadResult Ok(IngestInput input) => new(input, null);

    public static ReadResult Fail(string source, string reason) => new(null, new IngestFailure(source, reason));
}
