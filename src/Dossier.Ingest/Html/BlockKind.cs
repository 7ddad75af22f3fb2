namespace Dossier.Ingest.Html;

/// <summary>How a block of extracted text is laid out in the body.</summary>
internal enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
    TableRow,
    Quote,
    Preformatted,
}
