using Dossier.Model;
using Dossier.Pipeline;

namespace Dossier.Syntax;

/// <summary>
/// The <c>parser</c> stage: fills <see cref="Document.Heads"/> (document-wide token indexes, -1 for a sentence's
/// root) and <see cref="Document.Deprels"/>.
/// </summary>
public sealed class ParserStage : IStage
{
    private readonly DependencyParser parser;

    public ParserStage(DependencyParser parser)
    {
        ArgumentNullException.ThrowIfNull(parser);
        this.parser = parser;
    }

    public string Name => "parser";

    public IReadOnlyCollection<Layer> Requires { get; } = [Layer.Tokens, Layer.Sentences, Layer.PartsOfSpeech];

    public IReadOnlyCollection<Layer> Provides { get; } = [Layer.Dependencies];

    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var sentence in document.Sentences)
        {
            int first = sentence.FirstToken;
            var xpos = new string[sentence.TokenCount];
            var upos = new string[sentence.TokenCount];
            for (int i = 0; i < xpos.Length; i++)
            {
                xpos[i] = document.Xpos[first + i] ?? "NN";
                upos[i] = document.Upos[first + i] ?? "NOUN";
            }

            var (heads, deprels) = parser.Parse(SentenceWords.Of(document, sentence), xpos, upos);
            for (int i = 0; i < heads.Length; i++)
            {
                document.Heads[first + i] = heads[i] < 0 ? -1 : first + heads[i];
                document.Deprels[first + i] = deprels[i];
            }
        }
    }
}
