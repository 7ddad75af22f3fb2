namespace Dossier.Agreements;

/// <summary>
/// One agreement as one article speaks of it: the phrases that name it, the parties, states, provisions and term
/// the article gives. Built by <see cref="LocalAgreementClusterer"/>; read-only once built.
/// </summary>
public sealed class LocalAgreement
{
    private readonly List<AgreementMention> mentions = [];
    private readonly HashSet<string> parties = new(StringComparer.Ordinal);
    private readonly List<MentionState> states = [];
    private readonly List<MentionProvision> provisions = [];

    internal LocalAgreement(int index)
    {
        Index = index;
    }

    public int Index { get; }

    public IReadOnlyList<AgreementMention> Mentions => mentions;

    public IReadOnlySet<string> Parties => parties;

    /// <summary>A complete party list some phrase gives ("between A and B"), or null.</summary>
    public IReadOnlySet<string>? CompleteParties { get; private set; }

    public IReadOnlyList<MentionState> States => states;

    public IReadOnlyList<MentionProvision> Provisions => provisions;

    /// <summary>The distinctive modifiers of all its names.</summary>
    public IReadOnlySet<string> Descriptors => mentions.SelectMany(m => m.Descriptors).ToHashSet(StringComparer.Ordinal);

    /// <summary>Its proper names, as compared (<see cref="Key"/>).</summary>
    public IReadOnlySet<string> ProperNames => mentions.Where(m => m.ProperName is not null).Select(m => Key(m.ProperName!)).ToHashSet(StringComparer.Ordinal);

    /// <summary>A name as names are compared: lower case, without dots ("U.N. Charter" and "UN Charter" are one).</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Join(' ', name.Replace(".", string.Empty, StringComparison.Ordinal).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    public int? TermYears => mentions.Select(m => m.TermYears).FirstOrDefault(t => t is not null);

    /// <summary>The sentence of its latest mention so far.</summary>
    public int LastSentence => mentions.Count == 0 ? -1 : mentions[^1].Sentence;

    /// <summary>The best name the article gives it: a proper name, else a quoted name, else the longest descriptive one.</summary>
    public string DisplayName =>
        mentions.FirstOrDefault(m => m.ProperName is not null)?.ProperName
        ?? mentions.Where(m => !m.IsGeneric).OrderByDescending(m => m.Quoted).ThenByDescending(m => m.Descriptors.Count).ThenByDescending(m => m.Name.Length).Select(m => m.Name).FirstOrDefault()
        ?? mentions.OrderByDescending(m => m.Name.Length).First().Name;

    internal void Add(AgreementMention mention)
    {
        mentions.Add(mention);
        parties.UnionWith(mention.ExplicitParties);
        parties.UnionWith(mention.ActorParties);
        if (mention.PartiesComplete && mention.ExplicitParties.Count >= 2)
        {
            CompleteParties ??= mention.ExplicitParties.ToHashSet(StringComparer.Ordinal);
        }
    }

    internal void AddState(MentionState state) => states.Add(state);

    internal void AddProvision(MentionProvision provision) => provisions.Add(provision);

    /// <summary>
    /// Whether a phrase with these parties can name this agreement: a full party list must match the agreement's
    /// known parties (when it knows two or more); otherwise the sets must not be disjoint when both are known.
    /// The phrase's own parties are those it names ("between A and B", "with A"), not those acting in its clause.
    /// </summary>
    public bool PartiesFit(AgreementMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        // Only the parties a phrase itself names count here: who acts on an agreement in a clause ("Putin hailed the
        // agreement") says too little about which agreement it is.
        var theirs = mention.ExplicitParties.ToHashSet(StringComparer.Ordinal);
        if (mention.PartiesComplete && mention.ExplicitParties.Count >= 2 && parties.Count >= 2)
        {
            return parties.SetEquals(mention.ExplicitParties);
        }

        return theirs.Count == 0 || parties.Count == 0 || parties.Overlaps(theirs);
    }
}
