using Dossier.Model;
using Dossier.Pipeline;

namespace Dossier.Temporal;

/// <summary>
/// The per-article temporal stage: finds TIMEX3 expressions with the rules in <c>resources/en/temporal</c> (phase
/// one), infers a publication range for an undated article, then resolves each value (phase two) against the
/// article's date, or that range, or the narrative anchor, and attaches it to its sentence. It works on the text
/// alone, using <see cref="Document.Sentences"/> only when a tokenizer ran before it.
/// </summary>
public sealed class TemporalStage : IStage
{
    private readonly TimexRecognizer recognizer;
    private readonly TenseCues tense;

    public TemporalStage()
        : this(TemporalRuleSet.Default)
    {
    }

    public TemporalStage(TemporalRuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        recognizer = new TimexRecognizer(rules);
        tense = TenseCues.Load(rules);
    }

    public string Name => "temporal";

    public IReadOnlyCollection<Layer> Requires { get; } = [];

    public IReadOnlyCollection<Layer> Provides { get; } = [Layer.Timexes];

    /// <summary>
    /// The latest explicit day named in the article's photo captions: a photo is taken before the article that shows
    /// it appears, so such a day bounds an undated article's publication from below.
    /// </summary>
    private DateOnly? CaptionLowerBound(ArticleMetadata metadata)
    {
        DateOnly? latest = null;
        foreach (string caption in metadata.Captions)
        {
            foreach (var c in recognizer.Recognize(caption))
            {
                if (c.Rule.Type == "DATE" && c.RawValue is { Length: 10 } raw && NarrativeAnchor.From(raw) is { } anchor
                    && DateOnly.TryParseExact(raw, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
                    && (latest is null || day > latest))
                {
                    latest = day;
                }
            }
        }

        return latest;
    }

    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var located = Locate(document);
        var metadata = document.Metadata;
        if (metadata.Published is null && metadata.PublishedRange is null && PublicationRangeInferrer.Infer(located, document.Text, CaptionLowerBound(metadata)) is { } inferred)
        {
            metadata = metadata with { PublishedRange = inferred };
            document.Metadata = metadata;
        }

        var timexes = Resolve(located, metadata);
        document.Timexes.Clear();
        document.Timexes.AddRange(timexes);
    }

    /// <summary>Phase one over the whole text: every candidate with its sentence, its clause's tense and the word before it.</summary>
    internal List<LocatedCandidate> Locate(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        string text = document.Text;
        var located = new List<LocatedCandidate>();
        foreach (var c in recognizer.Recognize(text))
        {
            var clause = ClauseContext.Of(document, c.Start);
            string previous = PreviousWord(text, c.Start);
            // A deadline ("until 9 a.m. Tuesday", "by Friday", "by February", "by Nov. 22") lies ahead of the report
            // even in a past-tense clause ("extended its deadline until Tuesday", "said it would pay down the loan by
            // February"), unless the clause is in the past perfect ("had filed reports by Wednesday").
            var direction = previous is "until" or "till" or "by" && IsDeadline(c) && !HasWord(text, clause.Start, clause.End, "had")
                ? TemporalDirection.Future
                : tense.Direction(text, clause.Start, clause.End, c.Start, c.End);
            if (direction == TemporalDirection.Past && previous == "in" && OpensClause(text, clause.Start, c.Start) && (c.RawValue?.Contains("near(month,", StringComparison.Ordinal) ?? false))
            {
                direction = TemporalDirection.Narrated;
            }

            located.Add(new LocatedCandidate(c, clause, direction, previous));
        }

        return located;
    }

    /// <summary>
    /// Phase two: resolves located candidates against the metadata's date or range and the narrative anchor.
    /// <paramref name="fixedValues"/> gives some candidates (by index) a value established outside the article
    /// (another article's report of the same event, a known date); they move the narrative anchor like any other.
    /// </summary>
    internal static List<TimexMention> Resolve(IReadOnlyList<LocatedCandidate> located, ArticleMetadata metadata, IReadOnlyDictionary<int, string>? fixedValues = null)
    {
        NarrativeAnchor? anchor = null;
        var timexes = new List<TimexMention>(located.Count);
        for (int i = 0; i < located.Count; i++)
        {
            var l = located[i];
            var c = l.Candidate;
            var resolved = fixedValues is not null && fixedValues.TryGetValue(i, out string? known) ? new ResolvedValue(known, "corpus")
                : metadata.Published is { } day ? TimexResolver.Resolve(c.RawValue, day, anchor, l.Direction)
                : metadata.PublishedRange is { } range ? TimexResolver.Resolve(c.RawValue, range, anchor, l.Direction)
                : TimexResolver.Resolve(c.RawValue, (DateOnly?)null, anchor, l.Direction);
            // Expressions read from the anchor ("a year earlier", "the quarter") compare with it; they do not move it.
            // Nor does the closing day of a period just named ("the quarter ended Sept. 30"): the narrative stays
            // on the quarter, so "a year earlier" is that quarter a year back.
            if (c.Rule.Type is "DATE" or "TIME" && resolved.Anchor != "narrative" && !ClosesPeriod(l, anchor) && NarrativeAnchor.From(resolved.Value) is { } moved)
            {
                anchor = moved;
            }

            timexes.Add(new TimexMention(c.Start, c.End, c.Rule.Type, resolved.Value)
            {
                Anchor = resolved.Anchor,
                Sentence = l.Clause.SentenceIndex,
                // A counted span's point ("six years" after December 2023 reaches 2017) is read from the anchor and,
                // like "the next day", compares with it rather than moving it.
                Point = c.RawPoint is null ? null : ResolvePoint(c.RawPoint, metadata, anchor, l.Direction),
            });
        }

        return timexes;
    }

    private static string? ResolvePoint(string raw, ArticleMetadata metadata, NarrativeAnchor? anchor, TemporalDirection direction) =>
        (metadata.Published is { } day ? TimexResolver.Resolve(raw, day, anchor, direction)
            : metadata.PublishedRange is { } range ? TimexResolver.Resolve(raw, range, anchor, direction)
            : TimexResolver.Resolve(raw, (DateOnly?)null, anchor, direction)).Value;

    private static bool ClosesPeriod(LocatedCandidate located, NarrativeAnchor? anchor) =>
        anchor is { } a && a.Rank < CalendarUnit.Rank("month") && located.PreviousWord is "ended" or "ending";

    private static bool IsDeadline(TimexCandidate c) =>
        c.Rule.Type == "TIME" || (c.RawValue is { } raw && (raw.Contains("near(weekday", StringComparison.Ordinal) || raw.Contains("near(month", StringComparison.Ordinal)));

    private static bool HasWord(string text, int from, int to, string word)
    {
        for (int i = text.IndexOf(word, from, to - from, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(word, i + 1, to - i - 1, StringComparison.OrdinalIgnoreCase))
        {
            bool before = i == 0 || !char.IsLetter(text[i - 1]);
            bool after = i + word.Length >= text.Length || !char.IsLetter(text[i + word.Length]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when only "In" (and quotes or spaces) stands between the sentence's start and the expression.</summary>
    private static bool OpensClause(string text, int clauseStart, int start)
    {
        int i = clauseStart;
        while (i < start && !char.IsLetter(text[i]))
        {
            i++;
        }

        if (i + 2 > start || !text.AsSpan(i, 2).Equals("in", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (i += 2; i < start; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The word before a span, lower case ("" at the start), used to tell "in 2021" from "until 2026".</summary>
    private static string PreviousWord(string text, int start)
    {
        int i = start - 1;
        while (i >= 0 && !char.IsLetter(text[i]))
        {
            i--;
        }

        int end = i + 1;
        while (i >= 0 && char.IsLetter(text[i]))
        {
            i--;
        }

        return text[(i + 1)..end].ToLowerInvariant();
    }
}
