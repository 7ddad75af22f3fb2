namespace Dossier.Model;

/// <summary>An inclusive range of calendar days; used where a date is bounded but not known exactly.</summary>
public readonly record struct DateRange(DateOnly Earliest, DateOnly Latest)
{
    public bool Contains(DateOnly day) => day >= Earliest && day <= Latest;

    public bool IsExact => Earliest == Latest;

    public override string ToString() =>
        $"{Earliest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}…{Latest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";
}
