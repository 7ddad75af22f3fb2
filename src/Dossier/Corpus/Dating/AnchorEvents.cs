using System.Globalization;
using Dossier.Model;
using Dossier.Resources;
using Dossier.Temporal;

namespace Dossier.Corpus.Dating;

/// <summary>
/// The known-date events of <c>resources/en/corpus/anchors.tsv</c>, and the matching of them in an article: a sentence
/// that names one of an anchor's names and one of its keywords, next to a relative or year-less date expression that
/// can name the anchor's day ("inauguration on Monday" for a Monday, "toppled last month" for the month before), pins
/// that expression to the anchor's day at the expression's granularity. An expression two anchors fit is left alone.
/// </summary>
public sealed class AnchorEvents
{
    private static readonly Lazy<AnchorEvents> DefaultSet = new(() => Load(ResourceLocator.Resource("en", "corpus", "anchors.tsv")));

    public AnchorEvents(IReadOnlyList<AnchorEvent> events) => Events = events ?? throw new ArgumentNullException(nameof(events));

    public static AnchorEvents Default => DefaultSet.Value;

    public IReadOnlyList<AnchorEvent> Events { get; }

    public static AnchorEvents Load(string path)
    {
        var file = ResourceFile.Load(path);
        var list = new List<AnchorEvent>();
        foreach (var line in file.Lines)
        {
            string[] f = line.Text.Split('\t');
            if (f.Length != 7 || !DateOnly.TryParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new InvalidDataException($"DOS0801: {file.Where(line)} must have 7 tab-separated fields starting with a YYYY-MM-DD date: date, names, keywords, pending cues, description, source, example.");
            }

            list.Add(new AnchorEvent(date, Split(f[1]), Split(f[2]), f[3] == "-" ? [] : Split(f[3]), f[4], f[6]));
        }

        return new AnchorEvents(list);
    }

    /// <summary>The anchors the sentence around <paramref name="index"/> names, with the value each pins the expression to, and the direction a pending cue gives.</summary>
    public IEnumerable<(AnchorEvent Anchor, DatePin Pin)> Candidates(string sentence, ArticleDating dating, int index)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(dating);
        if (dating.Type(index) != "DATE" || !dating.IsRelative(index))
        {
            yield break;
        }

        foreach (var anchor in Events)
        {
            if (!anchor.Names.Any(n => TextMatch.ContainsPhrase(sentence, n)) || !anchor.Keywords.Any(k => TextMatch.ContainsPhrase(sentence, k)))
            {
                continue;
            }

            TemporalDirection? direction = anchor.PendingCues.Any(c => TextMatch.ContainsPhrase(sentence, c)) ? TemporalDirection.Future : null;
            if (dating.PinValue(index, anchor.Date, direction) is { } value)
            {
                yield return (anchor, new DatePin(index, value, direction));
            }
        }
    }

    /// <summary>The pins the anchors give an article's expressions: one per expression that exactly one anchor's day fits.</summary>
    public List<DatePin> Pins(Document document, ArticleDating dating)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(dating);
        var pins = new List<DatePin>();
        for (int i = 0; i < dating.Count; i++)
        {
            int s = document.SentenceAt(dating.Start(i));
            if (s < 0)
            {
                continue;
            }

            var span = document.Sentences[s];
            var found = Candidates(document.Text[span.Start..span.End], dating, i).ToList();
            if (found.Select(f => f.Pin.Value).Distinct(StringComparer.Ordinal).Count() == 1)
            {
                pins.Add(found[0].Pin);
            }
        }

        return pins;
    }

    private static string[] Split(string field) => field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
