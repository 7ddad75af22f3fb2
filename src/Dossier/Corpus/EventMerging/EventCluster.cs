namespace Dossier.Corpus.EventMerging;

/// <summary>Reports merged so far into one event, with what they agree on (code family, modality, date) and the actors they name together.</summary>
internal sealed class EventCluster
{
    public EventCluster(EventReport first, string story)
    {
        Root = first.Root;
        ModalityClass = first.ModalityClass;
        Date = first.Date;
        Add(first, story);
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

    /// <param name="report">The report.</param>
    /// <param name="story">The story of the report's article.</param>
    /// <param name="date">The date the report and the event agree on (ignored for the first report).</param>
    public void Add(EventReport report, string story, DateConstraint? date = null)
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

        Stories.Add(story);
    }
}
