namespace Dossier.Corpus.EventMerging;

/// <summary>Reports merged so far into one event, with what they agree on (code family, modality, date) and the actors they name together.</summary>
internal sealed class EventCluster
{
    public EventCluster(EventReport first)
    {
        Root = first.Root;
        ModalityClass = first.ModalityClass;
        Date = first.Date;
        Add(first);
    }

    public string Root { get; }

    public string ModalityClass { get; }

    public DateConstraint? Date { get; private set; }

    public List<EventReport> Members { get; } = [];

    public HashSet<string> Specific { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Countries { get; } = new(StringComparer.Ordinal);

    /// <summary>The people and organisations the reports' sentences name.</summary>
    public HashSet<string> Mentioned { get; } = new(StringComparer.Ordinal);

    public HashSet<string> LocationCountries { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Stories { get; } = new(StringComparer.Ordinal);

    public void Add(EventReport report, DateConstraint? date = null)
    {
        if (Members.Count > 0)
        {
            Date = date;
        }

        Members.Add(report);
        foreach (var p in report.Participants)
        {
            if (p.Specific)
            {
                Specific.Add(p.Id);
            }

            if (p.Country is { } c)
            {
                Countries.Add(c);
            }
        }

        Mentioned.UnionWith(report.Mentioned);
        Mentioned.UnionWith(Specific);
        if (report.LocationCountry is { } lc)
        {
            LocationCountries.Add(lc);
        }

        Stories.Add(report.Story);
    }
}
