using Dossier.Pipeline;

namespace Dossier.Syntax;

/// <summary>Adds the syntax stages (<c>tagger</c>, <c>lemmatizer</c>, <c>parser</c>) to a pipeline, in that order.</summary>
public static class SyntaxPipelineExtensions
{
    public static PipelineBuilder UseSyntax(this PipelineBuilder builder, SyntaxModels? models = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        models ??= SyntaxModels.Default;
        return builder
            .Use(new TaggerStage(models.Tagger))
            .Use(new LemmatizerStage(models.Lemmatizer))
            .Use(new ParserStage(models.Parser));
    }
}
