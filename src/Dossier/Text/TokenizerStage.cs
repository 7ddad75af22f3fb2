using Dossier.Model;
using Dossier.Pipeline;

namespace Dossier.Text;

/// <summary>The per-article stage "tokenizer": fills the document's tokens and sentences from its text.</summary>
public sealed class TokenizerStage : IStage
{
    private readonly TextSegmenter segmenter;

    /// <summary>A stage with the installed word lists and sentence-boundary model.</summary>
    public TokenizerStage()
        : this(TextSegmenter.Default)
    {
    }

    public TokenizerStage(TextSegmenter segmenter)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        this.segmenter = segmenter;
    }

    public string Name => "tokenizer";

    public IReadOnlyCollection<Layer> Requires { get; } = [];

    public IReadOnlyCollection<Layer> Provides { get; } = [Layer.Tokens, Layer.Sentences];

    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (tokens, sentences) = segmenter.Segment(document.Text);
        document.SetTokens(tokens, sentences);
    }
}
