using Dossier.Model;
using Dossier.Pipeline;

namespace Dossier.Syntax;

/// <summary>The <c>tagger</c> stage: fills <see cref="Document.Xpos"/> and <see cref="Document.Upos"/> sentence by sentence.</summary>
public sealed class TaggerStage : IStage
{
    private readonly PosTagger tagger;

    public TaggerStage(PosTagger tagger)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        this.tagger = tagger;
    }

    public string Name => "tagger";

    public IReadOnlyCollection<Layer> Requires { get; } = [Layer.Tokens, Layer.Sentences];

    public IReadOnlyCollection<Layer> Provides { get; } = [Layer.PartsOfSpeech];

    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var sentence in document.Sentences)
        {
            var (xpos, upos) = tagger.Tag(SentenceWords.Of(document, sentence));
            xpos.CopyTo(document.Xpos, sentence.FirstToken);
            upos.CopyTo(document.Upos, sentence.FirstToken);
        }
    }
}
