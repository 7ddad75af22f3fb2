using System.Globalization;
using Dossier.Model;

namespace Dossier.Benchmarks.Store;

/// <summary>
/// Moves every date of an annotated document that the corpus stages read by a whole number of years, so that a copy
/// of an article reads as another article of another time: the publication day and range, date expressions' values
/// and the points counted spans reach, events' and quotes' dates, and the roles the text gave an entity (dated by the
/// article). Roles from the knowledge base keep their dates: they are facts of the knowledge base, the same for every
/// article that names the entity. The text is not changed.
/// </summary>
internal sealed class DateShift(int years)
{
    /// <summary>The day <c>years</c> later; Feb 29 becomes Feb 28 in a year that has none.</summary>
    public DateOnly Day(DateOnly day)
    {
        int year = Year(day.Year);
        return new DateOnly(year, day.Month, Math.Min(day.Day, DateTime.DaysInMonth(year, day.Month)));
    }

    /// <summary>
    /// A TimeML value <c>years</c> later when it starts with a four-digit year (<c>2011-03-05</c>, <c>2011-W10-WE</c>,
    /// <c>2011-SU</c>, <c>2011-03-05T10:00</c>); any other value (<c>PRESENT_REF</c>, <c>P3D</c>, <c>XXXX-06</c>, a decade
    /// <c>201</c>) as it is. Feb 29 becomes Feb 28 and ISO week 53 becomes week 52 in a year that has none.
    /// </summary>
    public string? Value(string? value)
    {
        if (years == 0 || value is null || value.Length < 4 || value.AsSpan(0, 4).ContainsAnyExceptInRange('0', '9')
            || (value.Length > 4 && char.IsAsciiDigit(value[4])))
        {
            return value;
        }

        int year = Year(int.Parse(value.AsSpan(0, 4), CultureInfo.InvariantCulture));
        string rest = value[4..];
        if (rest.StartsWith("-02-29", StringComparison.Ordinal) && !DateTime.IsLeapYear(year))
        {
            rest = "-02-28" + rest[6..];
        }
        else if (rest.StartsWith("-W53", StringComparison.Ordinal) && ISOWeek.GetWeeksInYear(year) < 53)
        {
            rest = "-W52" + rest[4..];
        }

        return year.ToString("D4", CultureInfo.InvariantCulture) + rest;
    }

    /// <summary>The metadata of the copy: its source, and its publication day and range shifted.</summary>
    public ArticleMetadata Metadata(ArticleMetadata metadata, string source) => metadata with
    {
        Source = source,
        Published = metadata.Published is { } day ? Day(day) : null,
        PublishedRange = metadata.PublishedRange is { } range ? new DateRange(Day(range.Earliest), Day(range.Latest)) : null,
    };

    /// <summary>A copy of <paramref name="source"/> under <paramref name="id"/> with <paramref name="metadata"/> and every annotation's date shifted.</summary>
    public Document Copy(Document source, string id, ArticleMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(source);
        var copy = source.Copy(id, metadata);
        Replace(copy.ResolvedEntities, source.ResolvedEntities.Select(Entity));
        Replace(copy.Timexes, source.Timexes.Select(t => t with { Value = Value(t.Value), Point = Value(t.Point) }));
        Replace(copy.Quotes, source.Quotes.Select(q => q with { Date = Value(q.Date) }));
        Replace(copy.Events, source.Events.Select(e => e with { Date = Value(e.Date) }));
        copy.Diagnostics.AddRange(source.Diagnostics);
        return copy;
    }

    private static void Replace<T>(List<T> list, IEnumerable<T> items)
    {
        list.Clear();
        list.AddRange(items);
    }

    private ResolvedEntity Entity(ResolvedEntity entity) =>
        entity.Roles.Any(IsText) ? entity with { Roles = [.. entity.Roles.Select(r => IsText(r) ? r with { From = Value(r.From), To = Value(r.To) } : r)] } : entity;

    /// <summary>A role the entity resolver read from the text, dated by the article (<c>EntityResolver.TextRole</c>).</summary>
    private static bool IsText(EntityRole role) => string.Equals(role.Source, "text", StringComparison.Ordinal);

    private int Year(int year) => year + years is int shifted and >= 1 and <= 9999
        ? shifted
        : throw new ArgumentOutOfRangeException(nameof(year), year, $"DOS1092: year {year} shifted by {years} years leaves the years 1-9999; give a smaller --shift-years or fewer --articles.");
}
