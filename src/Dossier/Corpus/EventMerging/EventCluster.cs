namespace Dossier.Corpus.EventMerging;

/// <summary>
/// Reports merged so far into one event, with what they agree on (code family, modality, date) and the actors they
/// name together. Most events have one report, and every event of a partition is held while it is merged, so an event
/// of one report answers from that report and makes its sets only when a second report joins.
/// </summary>
internal sealed class EventCluster
{
    private readonly EventReport first;
    private readonly string firstStory;
    private Sets? sets;

    public EventCluster(EventReport first, string story)
    {
        Root = first.Root;
        ModalityClass = first.ModalityClass;
        Date = first.Date;
        this.first = first;
        firstStory = story;
        Members.Add(first);
    }

    public string Root { get; }

    public string ModalityClass { get; }

    public DateConstraint? Date { get; private set; }

    public List<EventReport> Members { get; } = new(1);

    /// <summary>Whether a report names this person or organisation (an id) as an actor.</summary>
    public bool HasSpecific(string id) => sets?.Specific.Contains(id) ?? first.SpecificActors.Contains(id, StringComparer.Ordinal);

    /// <summary>Whether a report names an actor of this country.</summary>
    public bool HasCountry(string country) => sets?.Countries.Contains(country) ?? first.Countries.Contains(country, StringComparer.Ordinal);

    /// <summary>Whether the reports' sentences name this person or organisation (or a report names it as an actor).</summary>
    public bool HasMentioned(string id) => sets?.Mentioned.Contains(id) ?? (first.Mentioned.Contains(id) || HasSpecific(id));

    /// <summary>Whether a report's article is of this story.</summary>
    public bool InStory(string story) => sets?.Stories.Contains(story) ?? firstStory == story;

    /// <summary>Whether the reports place the event in countries of which <paramref name="country"/> is not one.</summary>
    public bool PlacedElsewhere(string country) => sets is { } s
        ? s.LocationCountries.Count > 0 && !s.LocationCountries.Contains(country)
        : first.LocationCountry is { } lc && lc != country;

    /// <param name="report">The report.</param>
    /// <param name="story">The story of the report's article.</param>
    /// <param name="date">The date the report and the event agree on.</param>
    public void Add(EventReport report, string story, DateConstraint? date)
    {
        Date = date;
        if (sets is null)
        {
            sets = new Sets();
            sets.Add(first, firstStory);
        }

        Members.Add(report);
        sets.Add(report, story);
    }

    /// <summary>What the reports of an event of two or more name together.</summary>
    private sealed class Sets
    {
        public HashSet<string> Specific { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Countries { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Mentioned { get; } = new(StringComparer.Ordinal);

        public HashSet<string> LocationCountries { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Stories { get; } = new(StringComparer.Ordinal);

        public void Add(EventReport report, string story)
        {
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
}
