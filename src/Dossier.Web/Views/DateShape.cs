namespace Dossier.Web.Views;

/// <summary>How precisely a date is known, which decides how it is drawn: a day, a calendar month, or any other range.</summary>
internal static class DateShape
{
    public const string Exact = "exact";
    public const string Month = "month";
    public const string Range = "range";

    public static string Of(DateOnly earliest, DateOnly latest)
    {
        if (earliest == latest)
        {
            return Exact;
        }

        return earliest.Day == 1 && latest.Year == earliest.Year && latest.Month == earliest.Month
            && latest.Day == DateTime.DaysInMonth(latest.Year, latest.Month) ? Month : Range;
    }
}
