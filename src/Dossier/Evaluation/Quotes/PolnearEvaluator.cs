using Dossier.Model;
using Dossier.Quotes;

namespace Dossier.Evaluation.Quotes;

/// <summary>
/// Runs the pipeline on PolNeAR articles and scores its quotes against the annotated attributions: on the
/// attributions whose cue is speech (a reporting verb, "according to", a colon), which is what the quotes stage
/// claims to find, and on all of them (beliefs, polls, "shows"), for reference.
/// </summary>
public sealed class PolnearEvaluator(Dossier.Pipeline.Pipeline pipeline, ReportingVerbs verbs)
{
    /// <summary>Speech-cue scores and all-attribution scores over the articles.</summary>
    public (QuoteScores Speech, QuoteScores All) Evaluate(IEnumerable<PolnearArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var speech = QuoteScores.Empty;
        var all = QuoteScores.Empty;
        foreach (var article in articles)
        {
            var doc = new Document(article.Name, article.Text, ArticleMetadata.Empty with { Published = article.Published });
            pipeline.Process(doc);
            var predicted = QuoteScorer.Predicted(doc);
            var spoken = article.Attributions.Where(a => QuoteScorer.SpeechCue(article.Text, a, verbs)).ToList();
            var other = article.Attributions.Where(a => !spoken.Contains(a)).ToList();
            speech += QuoteScorer.Score(article.Text, predicted, spoken, other);
            all += QuoteScorer.Score(article.Text, predicted, article.Attributions, []);
        }

        return (speech, all);
    }
}
