namespace Dossier.Temporal;

/// <summary>
/// A value of one of an article's expressions established outside the article: expression <see cref="Index"/> (in
/// <see cref="ArticleDating"/>) names <see cref="Value"/> (a TIMEX3 day, month or year), read in
/// <see cref="Direction"/> when that is known better than the clause's tense says ("President-elect Trump's
/// inauguration on Monday" points ahead).
/// </summary>
public sealed record DatePin(int Index, string Value, TemporalDirection? Direction = null);
