using Dossier.Ingest.Sources;
using Dossier.Ingest.Text;
using Dossier.Model;

namespace Dossier.Ingest;

/// <summary>
/// Turns an input into the document the pipeline annotates: for plain text, the body with title, date lines,
/// dateline, byline, captions and furniture separated; metadata the source gave wins over what the text says.
/// </summary>
public sealed class ArticlePreparer
{
    private readonly PlainTextArticleParser parser;

    public ArticlePreparer(PlainTextArticleParser? parser = null) => this.parser = parser ?? new PlainTextArticleParser();

    public Document Prepare(IngestInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Format != "text")
        {
            return new Document(ArticleIds.For(input.Source), input.Text, input.Given with { Source = input.Source });
        }

        var parsed = parser.Parse(input.Text);
        var given = input.Given;
        var metadata = given with
        {
            Source = input.Source,
            Title = given.Title ?? parsed.Title,
            Published = given.Published ?? parsed.Published,
            Dateline = given.Dateline ?? parsed.Dateline,
            Byline = given.Byline ?? parsed.Byline,
            Wire = given.Wire ?? parsed.Wire,
            Captions = given.Captions.Count > 0 ? given.Captions : parsed.Captions,
        };
        return new Document(ArticleIds.For(input.Source), parsed.Body, metadata);
    }
}
