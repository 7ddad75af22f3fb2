namespace Dossier.Events.Petrarch;

/// <summary>
/// One actor record: its phrases share a list of codes, the dated ones tried first (by the event's date), then the
/// undated default. <c>---</c> is kept as the null code: the phrase is known and deliberately uncoded.
/// </summary>
public sealed class ActorEntry
{
    public ActorEntry(string name, IReadOnlyList<DatedCode> codes)
    {
        Name = name;
        Codes = codes;
    }

    /// <summary>The primary phrase, for reports.</summary>
    public string Name { get; }

    public IReadOnlyList<DatedCode> Codes { get; }

    /// <summary>The code valid on <paramref name="date"/> (or the default when undated), or null.</summary>
    public string? CodeAt(DateOnly? date)
    {
        if (date is { } day)
        {
            foreach (var code in Codes)
            {
                if (!code.IsDefault && code.Covers(day))
                {
                    return code.Code;
                }
            }
        }

        foreach (var code in Codes)
        {
            if (code.IsDefault)
            {
                return code.Code;
            }
        }

        // An undated event with only dated codes: the latest one is the best guess PETRARCH makes too.
        return date is null && Codes.Count > 0 ? Codes[^1].Code : null;
    }
}
