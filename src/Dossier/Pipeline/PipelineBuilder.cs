using Dossier.Model;

namespace Dossier.Pipeline;

/// <summary>
/// Builds a per-article pipeline: stages are added in order with <see cref="Use"/> or placed explicitly with
/// <see cref="InsertBefore"/>/<see cref="InsertAfter"/>; <see cref="Build"/> checks every stage's requirements
/// against what earlier stages (or the given initial layers) provide and returns an immutable pipeline.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IStage> stages = [];
    private readonly HashSet<Layer> initial = [];

    /// <summary>Layers the documents arrive with (e.g. <see cref="Layer.Tokens"/> for pre-tokenized input).</summary>
    public PipelineBuilder AssumeProvided(params Layer[] layers)
    {
        initial.UnionWith(layers);
        return this;
    }

    public PipelineBuilder Use(IStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        EnsureUnique(stage.Name);
        stages.Add(stage);
        return this;
    }

    public PipelineBuilder InsertBefore(string existing, IStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        EnsureUnique(stage.Name);
        stages.Insert(IndexOf(existing), stage);
        return this;
    }

    public PipelineBuilder InsertAfter(string existing, IStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        EnsureUnique(stage.Name);
        stages.Insert(IndexOf(existing) + 1, stage);
        return this;
    }

    public PipelineBuilder Remove(string name)
    {
        stages.RemoveAt(IndexOf(name));
        return this;
    }

    public bool Contains(string name) => stages.Exists(s => string.Equals(s.Name, name, StringComparison.Ordinal));

    /// <summary>Checks the chain and returns the pipeline; throws <see cref="PipelineException"/> naming what is missing.</summary>
    public Pipeline Build()
    {
        var available = new HashSet<Layer>(initial);
        foreach (var stage in stages)
        {
            var missing = stage.Requires.Where(r => !available.Contains(r)).ToList();
            if (missing.Count > 0)
            {
                string have = available.Count == 0 ? "nothing" : string.Join(", ", available.Order());
                throw new PipelineException(
                    $"DOS0010: stage '{stage.Name}' requires {string.Join(", ", missing)}, which no earlier stage provides " +
                    $"(available before it: {have}; stages: {string.Join(" → ", stages.Select(s => s.Name))}). " +
                    "Add a stage that provides it before this one.");
            }

            available.UnionWith(stage.Provides);
        }

        return new Pipeline([.. stages], [.. initial]);
    }

    private void EnsureUnique(string name)
    {
        if (Contains(name))
        {
            throw new PipelineException($"DOS0011: a stage named '{name}' is already in the pipeline.");
        }
    }

    private int IndexOf(string name)
    {
        int index = stages.FindIndex(s => string.Equals(s.Name, name, StringComparison.Ordinal));
        if (index < 0)
        {
            throw new PipelineException($"DOS0012: no stage named '{name}' (stages: {string.Join(", ", stages.Select(s => s.Name))}).");
        }

        return index;
    }
}
