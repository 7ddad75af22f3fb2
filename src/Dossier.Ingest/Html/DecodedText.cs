using System.Text;

namespace Dossier.Ingest.Html;

/// <summary>A page's text after decoding, with the encoding used and how it was chosen.</summary>
public sealed record DecodedText(string Text, Encoding Encoding, string Reason);
