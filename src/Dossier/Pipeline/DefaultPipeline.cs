using Dossier.Entities;
using Dossier.Entities.Ner;
using Dossier.Events;
using Dossier.Model;
using Dossier.Quotes;
using Dossier.Resources;
using Dossier.Syntax;
using Dossier.Temporal;
using Dossier.Text;

namespace Dossier.Pipeline;

/// <summary>The per-article pipeline Dossier runs by default: every stage it has, in dependency order.</summary>
public static class DefaultPipeline
{
    /// <summary>Every default stage, in order. Stages load their resources and models once, when first used.</summary>
    public static IReadOnlyList<IStage> Stages() => Shared.Value;

    private static readonly Lazy<IStage[]> Shared = new(() => NewStages(SyntaxModels.Default));

    /// <summary>
    /// The default pipeline with stages and models of its own, shared with nothing else: once the caller lets it go,
    /// its models can be collected (<c>dossier ingest</c> drops it before it rebuilds the corpus). Loading takes
    /// about a second; <see cref="Create"/> shares one set of stages across the process instead.
    /// </summary>
    public static Pipeline CreateUnshared() => Build(NewStages(SyntaxModels.Load(ResourceLocator.Model("en"))));

    /// <summary>The default pipeline with <paramref name="replacement"/> in place of the default stage of its name (<see cref="StagesWith"/>).</summary>
    public static Pipeline CreateWith(IStage replacement) => Build(StagesWith(replacement));

    private static IStage[] NewStages(SyntaxModels syntax) =>
    [
        new TokenizerStage(),
        new TaggerStage(syntax.Tagger),
        new LemmatizerStage(syntax.Lemmatizer),
        new ParserStage(syntax.Parser),
        new TemporalStage(),
        NerStage.LoadDefault(),
        EntityResolutionStage.LoadDefault(),
        QuotesStage.CreateDefault(),
        EventsStage.CreateDefault(),
    ];

    /// <summary>A builder holding the default stages, so callers can insert, remove or replace before building.</summary>
    public static PipelineBuilder CreateBuilder(bool pretokenized = false)
    {
        var builder = new PipelineBuilder();
        if (pretokenized)
        {
            builder.AssumeProvided(Layer.Tokens, Layer.Sentences);
        }

        foreach (var stage in Stages().Where(s => !pretokenized || !s.Provides.Contains(Layer.Tokens)))
        {
            builder.Use(stage);
        }

        return builder;
    }

    public static Pipeline Create(bool pretokenized = false) => CreateBuilder(pretokenized).Build();

    /// <summary>
    /// Only the default stages needed to provide <paramref name="needed"/> (and what those stages require in turn),
    /// e.g. <c>CreateFor(Layer.Timexes)</c> for an evaluation that needs dates and nothing else.
    /// </summary>
    public static Pipeline CreateFor(params Layer[] needed) => CreateFor(Stages(), needed);

    /// <summary>
    /// Only the stages of <paramref name="stages"/> (in their order) needed to provide <paramref name="needed"/>, and
    /// what those stages require in turn; e.g. the default stages with another parser (<see cref="StagesWith"/>).
    /// </summary>
    public static Pipeline CreateFor(IReadOnlyList<IStage> stages, params Layer[] needed)
    {
        ArgumentNullException.ThrowIfNull(stages);
        var want = new HashSet<Layer>(needed);
        var chosen = new HashSet<IStage>();
        for (int i = stages.Count - 1; i >= 0; i--)
        {
            if (stages[i].Provides.Any(want.Contains))
            {
                chosen.Add(stages[i]);
                want.UnionWith(stages[i].Requires);
            }
        }

        return Build(stages.Where(chosen.Contains));
    }

    /// <summary>The default stages with the one named as <paramref name="replacement"/> replaced by it, in its place.</summary>
    /// <exception cref="ArgumentException">No default stage has that name.</exception>
    public static IReadOnlyList<IStage> StagesWith(IStage replacement)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        var stages = Stages();
        if (!stages.Any(s => string.Equals(s.Name, replacement.Name, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"No default stage is named '{replacement.Name}'.", nameof(replacement));
        }

        return [.. stages.Select(s => string.Equals(s.Name, replacement.Name, StringComparison.Ordinal) ? replacement : s)];
    }

    private static Pipeline Build(IEnumerable<IStage> stages)
    {
        var builder = new PipelineBuilder();
        foreach (var stage in stages)
        {
            builder.Use(stage);
        }

        return builder.Build();
    }
}
