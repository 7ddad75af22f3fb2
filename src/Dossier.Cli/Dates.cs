using System.Globalization;
using Dossier.Model;

namespace Dossier.Cli;

/// <summary>How dates read for people.</summary>
internal static class Dates
{
    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The stated date, else the inferred range marked as such, else "undated".</summary>
    public static string Describe(ArticleMetadata m) =>
        m.Published is { } p ? Iso(p)
        : m.PublishedRange is { } r ? (r.IsExact ? "≈" + Iso(r.Earliest) : $"{Iso(r.Earliest)}…{Iso(r.Latest)}")
        : "undated";
}
