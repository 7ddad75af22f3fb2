namespace Dossier.Ingest.Warc;

/// <summary>
/// A WARC response record: the URL fetched, when, the HTTP status and headers, and the payload (the page bytes,
/// de-chunked and decompressed when the record kept the transfer encoding).
/// </summary>
public sealed record WarcResponse(
    Uri TargetUri,
    DateTimeOffset? Date,
    string? RecordId,
    int HttpStatus,
    IReadOnlyDictionary<string, string> HttpHeaders,
    byte[] Payload)
{
    /// <summary>The HTTP Content-Type header, if any (carries the charset for decoding).</summary>
    public string? ContentType => HttpHeaders.TryGetValue("Content-Type", out var value) ? value : null;
}
