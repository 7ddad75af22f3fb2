using Dossier.Model;
using Dossier.Pipeline;

namespace Dossier.Syntax;

/// <summary>The <c>lemmatizer</c> stage: fills <see cref="Document.Lemmas"/> from each token and its Penn tag.</summary>
public sealed class LemmatizerStage : IStage
{
    private readonly Lemmatizer lemmatizer;

    public LemmatizerStage(Lemmatizer lemmatizer)
    {
        ArgumentNullException.ThrowIfNull(lemmatizer);
        this.lemmatizer = lemmatizer;
    }

    public string Name => "lemmatizer";

    public IReadOnlyCollection<Layer> Requires { get; } = [Layer.Tokens, Layer.Sentences, Layer.PartsOfSpeech];

    public IReadOnlyCollection<Layer> Provides { get; } = [Layer.Lemmas];

    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        for (int i = 0; i < document.Tokens.Count; i++)
        {
            document.Lemmas[i] = lemmatizer.Lemmatize(document.TokenText(i), document.Xpos[i] ?? "NN");
        }
    }
}
