using Dossier.Model;

namespace Dossier.Pipeline;

/// <summary>The per-article pipeline Dossier runs by default: every stage it has, in dependency order.</summary>
public static class DefaultPipeline
{
    /// <summary>A builder holding the default stages, so callers can insert, remove or replace before building.</summary>
    public static PipelineBuilder CreateBuilder(bool pretokenized = false)
    {
        var builder = new PipelineBuilder();
        if (pretokenized)
        {
            builder.AssumeProvided(Layer.Tokens, Layer.Sentences);
        }

        return builder;
    }

    public static Pipeline Create(bool pretokenized = false) => CreateBuilder(pretokenized).Build();
}
