using System.Diagnostics;
using Dossier.Model;

namespace Dossier.Pipeline;

/// <summary>
/// An immutable, checked sequence of stages. Failures are isolated per article: a stage that throws records a
/// diagnostic on that document, stages that depended on its output are skipped (with a diagnostic), and the
/// caller's batch goes on.
/// </summary>
public sealed class Pipeline
{
    private readonly IStage[] stages;
    private readonly Layer[] initial;

    internal Pipeline(IStage[] stages, Layer[] initial)
    {
        this.stages = stages;
        this.initial = initial;
    }

    public IReadOnlyList<IStage> Stages => stages;

    /// <summary>Runs every stage on the document; returns true when every stage succeeded.</summary>
    public bool Process(Document document, StageTimings? timings = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Layers.UnionWith(initial);
        bool ok = true;
        foreach (var stage in stages)
        {
            var missing = stage.Requires.Where(r => !document.Layers.Contains(r)).ToList();
            if (missing.Count > 0)
            {
                document.Diagnostics.Add(new Diagnostic("DOS0020", stage.Name, $"skipped: {string.Join(", ", missing)} missing after an earlier failure."));
                ok = false;
                continue;
            }

            long started = Stopwatch.GetTimestamp();
            long cpuStarted = timings is null ? 0 : ThreadCpuClock.Now();
            try
            {
                stage.Process(document);
                document.Layers.UnionWith(stage.Provides);
            }
#pragma warning disable CA1031 // A stage failure must never take the batch down: it becomes a diagnostic on this article.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                document.Diagnostics.Add(new Diagnostic("DOS0021", stage.Name, $"failed: {ex.GetType().Name}: {ex.Message}"));
                ok = false;
            }
            finally
            {
                timings?.Add(stage.Name, Stopwatch.GetElapsedTime(started), ThreadCpuClock.Since(cpuStarted));
            }
        }

        return ok;
    }
}
