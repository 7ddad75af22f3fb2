namespace Dossier.Syntax;

/// <summary>
/// Scores of tagging, lemmatization and parsing against gold syntactic words, in percent. <see cref="Las"/> compares
/// the universal relation only (as the CoNLL 2018 shared task did); <see cref="LasFull"/> the relation with its
/// subtype (<c>nsubj:pass</c>). Punctuation counts.
/// </summary>
public sealed record ParseScores(int Words, double Upos, double Xpos, double Lemma, double Uas, double Las, double LasFull, double Seconds)
{
    /// <summary>Words tagged, lemmatized and parsed per second of CPU time (models already loaded).</summary>
    public double WordsPerSecond => Seconds > 0 ? Words / Seconds : 0;
}
