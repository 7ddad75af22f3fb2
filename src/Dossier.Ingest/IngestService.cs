using Dossier.Corpus;
using Dossier.Corpus.Records;
using Dossier.Ingest.Sources;
using Dossier.Model;
using Dossier.Storage;

namespace Dossier.Ingest;

/// <summary>
/// Reads inputs, skips those already stored unchanged, runs the per-article pipeline on the rest in parallel, and
/// writes each article with its annotations in one transaction, in input order. A failing input or stage is recorded
/// and the batch goes on; nothing already stored is touched by a failure.
/// </summary>
/// <remarks>
/// Made with a pipeline factory, the service asks for the pipeline only when an input needs annotating (an ingest
/// of articles stored already loads no model) and lets it go before the corpus is rebuilt, so that a pipeline whose
/// models are its own (<see cref="Dossier.Pipeline.DefaultPipeline.CreateUnshared"/>) is freed before the corpus
/// stages need the memory.
/// </remarks>
public sealed class IngestService
{
    private const int BatchSize = 64;
    private readonly IArticleStore store;
    private readonly Func<Dossier.Pipeline.Pipeline> createPipeline;
    private Dossier.Pipeline.Pipeline? pipeline;
    private readonly ArticlePreparer preparer;
    private readonly CorpusBuilder corpus = new();
    private readonly TimeProvider clock;

    public IngestService(IArticleStore store, Dossier.Pipeline.Pipeline pipeline, TimeProvider? clock = null, ArticlePreparer? preparer = null)
        : this(store, () => pipeline, clock, preparer)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
    }

    /// <param name="store">Where articles are saved.</param>
    /// <param name="createPipeline">Makes the pipeline when the first input needs annotating; each <see cref="Ingest"/>
    /// call that annotates asks for it once and drops it before rebuilding the corpus.</param>
    /// <param name="clock">The time stored as each article's ingestion time.</param>
    /// <param name="preparer">Turns an input into a document.</param>
    public IngestService(IArticleStore store, Func<Dossier.Pipeline.Pipeline> createPipeline, TimeProvider? clock = null, ArticlePreparer? preparer = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(createPipeline);
        this.store = store;
        this.createPipeline = createPipeline;
        this.clock = clock ?? TimeProvider.System;
        this.preparer = preparer ?? new ArticlePreparer();
    }

    /// <summary>Raised after each input is handled, with the input's source (for progress display).</summary>
    public event Action<string>? Handled;

    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Rebuild the corpus snapshot even when nothing new was stored (it is rebuilt whenever something was, or when it is stale).</summary>
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
        // The pipeline (and, when it was made for this service, its models) is not needed by the corpus stages.
        pipeline = null;
        // A snapshot built from other versions than the store holds (an earlier run stored articles but did not finish
        // its rebuild: killed, out of memory) is rebuilt too, even when this run stored nothing.
        if (summary.Stored > 0 || RebuildCorpusAlways || Corpus.CorpusService.IsStale(store))
        {
            // The pipeline's models and garbage (hundreds of MB) are dead now; without this the rebuild's allocations
            // would pile onto them until the collector next ran, and the process's peak is the sum: an aggressive
            // collection returns that memory first (ingest of five articles into a 3,663-article store: 709/727 MB
            // -> 595/619 MB, no more CPU; docs/benchmarks.md).
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
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

        var run = pipeline ??= createPipeline();
        var docs = new Document?[batch.Count];
        var errors = new string?[batch.Count];
        var records = new List<CorpusRecordBlob>();
        Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Workers) }, i =>
        {
            try
            {
                var doc = preparer.Prepare(batch[i]);
                run.Process(doc);
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
            if (outcome is SaveOutcome.Inserted or SaveOutcome.NewVersion && CorpusRecord(input.Source, doc) is { } kept)
            {
                records.Add(kept);
            }

            summary.Characters += doc.Text.Length;
            foreach (var d in doc.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                summary.StageProblems.Add((input.Source, d));
            }

            Handled?.Invoke(input.Source);
        }

        KeepCorpusRecords(records);
        batch.Clear();
    }

    /// <summary>
    /// The corpus record of an article just stored, taken from its annotated document while it is at hand, so that the
    /// rebuild need not load it again (the record taken from the stored document is the same, byte for byte:
    /// CorpusRecordStoreTests); null when it cannot be taken, and the rebuild then takes it from the stored document.
    /// </summary>
    private CorpusRecordBlob? CorpusRecord(string source, Document doc)
    {
        try
        {
            if (store.FindBySource(source) is not { } stored)
            {
                return null;
            }

            var record = corpus.Read(new CorpusArticle(stored.Id, doc), new StringPool());
            return new CorpusRecordBlob(new ArticleVersion(stored.Id, stored.Version), ArticleCorpusRecordCodec.Encode(record));
        }
#pragma warning disable CA1031 // A record is a cache: one that cannot be taken now is taken by the rebuild, and the article stays stored.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    /// <summary>Keeps the records taken from a batch's documents; a store error loses only the cache (the rebuild takes them again).</summary>
    private void KeepCorpusRecords(List<CorpusRecordBlob> records)
    {
        if (records.Count == 0)
        {
            return;
        }

        try
        {
            store.SaveCorpusRecords(ArticleCorpusRecordCodec.Producer, records);
        }
#pragma warning disable CA1031 // As above: the articles are stored; only their kept records are lost.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
