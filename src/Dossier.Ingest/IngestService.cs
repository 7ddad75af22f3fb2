using Dossier.Ingest.Sources;
using Dossier.Model;
using Dossier.Storage;

namespace Dossier.Ingest;

/// <summary>
/// Reads inputs, skips those already stored unchanged, runs the per-article pipeline on the rest in parallel, and
/// writes each article with its annotations in one transaction, in input order. A failing input or stage is recorded
/// and the batch goes on; nothing already stored is touched by a failure.
/// </summary>
public sealed class IngestService
{
    private const int BatchSize = 64;
    private readonly IArticleStore store;
    private readonly Dossier.Pipeline.Pipeline pipeline;
    private readonly ArticlePreparer preparer;
    private readonly TimeProvider clock;

    public IngestService(IArticleStore store, Dossier.Pipeline.Pipeline pipeline, TimeProvider? clock = null, ArticlePreparer? preparer = null)
    {
        this.store = store;
        this.pipeline = pipeline;
        this.clock = clock ?? TimeProvider.System;
        this.preparer = preparer ?? new ArticlePreparer();
    }

    /// <summary>Raised after each input is handled, with the input's source (for progress display).</summary>
    public event Action<string>? Handled;

    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Rebuild the corpus snapshot even when nothing new was stored (it is rebuilt whenever something was).</summary>
    public bool RebuildCorpusAlways { get; init; }

    public IngestSummary Ingest(IEnumerable<ReadResult> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var summary = new IngestSummary();
        var batch = new List<IngestInput>(BatchSize);
        foreach (var item in inputs)
        {
            if (item.Failure is { } failure)
            {
                summary.Failures.Add(failure);
                Handled?.Invoke(failure.Source);
                continue;
            }

            var input = item.Input!;
            if (StoredVersions.Holds(store, input.Source, input.ContentHash))
            {
                summary.Count(SaveOutcome.Unchanged);
                Handled?.Invoke(input.Source);
                continue;
            }

            batch.Add(input);
            if (batch.Count == BatchSize)
            {
                Flush(batch, summary);
            }
        }

        Flush(batch, summary);
        if (summary.Stored > 0 || RebuildCorpusAlways)
        {
            Corpus.CorpusService.Rebuild(store);
        }

        return summary;
    }

    private void Flush(List<IngestInput> batch, IngestSummary summary)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var docs = new Document?[batch.Count];
        var errors = new string?[batch.Count];
        Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Workers) }, i =>
        {
            try
            {
                var doc = preparer.Prepare(batch[i]);
                pipeline.Process(doc);
                docs[i] = doc;
            }
#pragma warning disable CA1031 // One bad article must not stop the batch: it is reported with its source.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                errors[i] = $"could not be processed: {ex.GetType().Name}: {ex.Message}";
            }
        });

        for (int i = 0; i < batch.Count; i++)
        {
            var input = batch[i];
            if (docs[i] is not { } doc)
            {
                summary.Failures.Add(new IngestFailure(input.Source, errors[i] ?? "could not be processed"));
                Handled?.Invoke(input.Source);
                continue;
            }

            var record = new ArticleRecord(doc.Id, 1, input.ContentHash, doc.Metadata, doc.Text, clock.GetUtcNow());
            SaveOutcome outcome;
            try
            {
                outcome = store.Save(record, doc);
            }
#pragma warning disable CA1031 // A store error on one article (its transaction rolled back) is reported; the batch goes on.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                summary.Failures.Add(new IngestFailure(input.Source, $"could not be stored (nothing of it was written): {ex.Message}"));
                Handled?.Invoke(input.Source);
                continue;
            }

            summary.Count(outcome);

            summary.Characters += doc.Text.Length;
            foreach (var d in doc.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                summary.StageProblems.Add((input.Source, d));
            }

            Handled?.Invoke(input.Source);
        }

        batch.Clear();
    }
}
