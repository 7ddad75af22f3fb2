using Dossier.Claims;
using Dossier.Model;
using Dossier.Pipeline;

namespace Dossier.Quotes;

/// <summary>
/// The <c>quotes</c> stage: direct, partial and reported speech with its speaker (an entity when the speaker
/// resolves to one), reporting verb and class, conduit and the sentence's date; fills <see cref="Document.Quotes"/>.
/// </summary>
public sealed class QuotesStage : IStage
{
    private readonly QuoteFinder finder;

    public QuotesStage(QuoteFinder finder) => this.finder = finder ?? throw new ArgumentNullException(nameof(finder));

    public string Name => "quotes";

    public IReadOnlyCollection<Layer> Requires { get; } = [Layer.Tokens, Layer.Sentences, Layer.PartsOfSpeech, Layer.Lemmas, Layer.Dependencies, Layer.ResolvedEntities, Layer.Timexes];

    public IReadOnlyCollection<Layer> Provides { get; } = [Layer.Quotes];

    /// <summary>The stage with the shipped reporting verbs (<c>resources/en/quotes</c>).</summary>
    public static QuotesStage CreateDefault() => new(new QuoteFinder(ReportingVerbs.Default, new SourceFinder(ClaimLexicon.Default)));

    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Quotes.AddRange(finder.Find(document));
        document.Layers.Add(Layer.Quotes);
    }
}
