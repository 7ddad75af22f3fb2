using Dossier.Model;

namespace Dossier.Temporal;

/// <summary>
/// One article's temporal expressions as phase one found them (underspecified values and clause tense), kept so that
/// the article can be dated again when other articles or the knowledge base establish something about it: the value
/// an expression takes if the article appeared on a given day, and all values against a narrower publication range.
/// </summary>
public sealed class ArticleDating
{
    private readonly List<LocatedCandidate> located;
    private readonly ArticleMetadata metadata;

    private ArticleDating(List<LocatedCandidate> located, ArticleMetadata metadata)
    {
        this.located = located;
        this.metadata = metadata;
    }

    /// <summary>
    /// The dating of expressions located before, as an article's stored record keeps them: reading it again needs no
    /// document (<see cref="Corpus.Records.DatingRecordCodec"/>).
    /// </summary>
    internal static ArticleDating From(List<LocatedCandidate> located, ArticleMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(located);
        ArgumentNullException.ThrowIfNull(metadata);
        return new ArticleDating(located, metadata);
    }

    /// <summary>The expressions of a tokenized document, found with the given temporal stage's rules.</summary>
    public static ArticleDating Of(Document document, TemporalStage stage)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(stage);
        return new ArticleDating(stage.Locate(document), document.Metadata);
    }

    /// <summary>The expressions located once, then kept in an article's stored record (<see cref="Corpus.Records.DatingRecordCodec"/>).</summary>
    internal IReadOnlyList<LocatedCandidate> Located => located;

    /// <summary>The article's metadata as it was read (only its publication day and range are ever used).</summary>
    internal ArticleMetadata Metadata => metadata;

    public int Count => located.Count;

    public int Start(int index) => located[index].Candidate.Start;

    public int End(int index) => located[index].Candidate.End;

    public string Type(int index) => located[index].Candidate.Rule.Type;

    /// <summary>The direction the clause's tense gives the expression.</summary>
    public TemporalDirection Direction(int index) => located[index].Direction;

    /// <summary>True for a bare weekday name ("on Friday"), which news uses only for the days around publication.</summary>
    public bool IsWeekday(int index) => located[index].Candidate.RawValue?.StartsWith("near(weekday,", StringComparison.Ordinal) == true;

    /// <summary>True when the value depends on the publication date (a function is left for phase two).</summary>
    public bool IsRelative(int index) => located[index].Candidate.RawValue?.Contains('(', StringComparison.Ordinal) == true;

    /// <summary>The index of the expression starting at a character offset, or -1.</summary>
    public int IndexAt(int start)
    {
        for (int i = 0; i < located.Count; i++)
        {
            if (located[i].Candidate.Start == start)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The value the expression takes when the article appears on <paramref name="day"/>, read in its clause's direction unless one is given.</summary>
    public string? ValueOn(int index, DateOnly day, TemporalDirection? direction = null) =>
        TimexResolver.Resolve(located[index].Candidate.RawValue, day, null, direction ?? located[index].Direction).Value;

    /// <summary>The value the expression takes with no publication date at all (<c>XXXX-WXX-5</c> for "on Friday").</summary>
    public string? UnanchoredValue(int index, TemporalDirection? direction = null) =>
        TimexResolver.Resolve(located[index].Candidate.RawValue, (DateOnly?)null, null, direction ?? located[index].Direction).Value;

    /// <summary>
    /// The value that pins the expression to <paramref name="day"/>: the day cut to the granularity the expression
    /// names (a day, a month, a year), provided the article appearing within <see cref="PublicationNarrowing.SearchDays"/>
    /// days of it would make the expression name it ("on Monday" can only name a Monday, "last month" the month
    /// before); otherwise null.
    /// </summary>
    public string? PinValue(int index, DateOnly day, TemporalDirection? direction = null)
    {
        string? sample = ValueOn(index, day, direction);
        if (sample is not ({ Length: 4 } or { Length: 7 } or { Length: 10 }) || !sample.All(c => char.IsAsciiDigit(c) || c == '-'))
        {
            return null;
        }

        string value = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)[..sample.Length];
        for (int d = -PublicationNarrowing.SearchDays; d <= PublicationNarrowing.SearchDays; d++)
        {
            if (ValueOn(index, day.AddDays(d), direction) == value)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Every expression resolved against <paramref name="range"/> (or unresolved without one), the given ones fixed to known values (TIMEX3 strings by index).</summary>
    public List<TimexMention> Resolve(DateRange? range, IReadOnlyDictionary<int, string> fixedValues)
    {
        ArgumentNullException.ThrowIfNull(fixedValues);
        var m = metadata.Published is null ? metadata with { PublishedRange = range } : metadata;
        return TemporalStage.Resolve(located, m, fixedValues);
    }
}
