using Dossier.Agreements;
using Dossier.Corpus.Claims;

namespace Dossier.Corpus.Agreements;

/// <summary>The articles' accounts of one agreement, gathered by <see cref="AgreementTracker"/>.</summary>
public sealed class AgreementGroup
{
    private readonly List<(string Article, ArticleExcerpts Excerpts, LocalAgreement Local)> members = [];

    public IReadOnlyList<(string Article, ArticleExcerpts Excerpts, LocalAgreement Local)> Members => members;

    public string Id { get; internal set; } = string.Empty;

    public string Name { get; internal set; } = string.Empty;

    public HashSet<string> Descriptors { get; } = new(StringComparer.Ordinal);

    public HashSet<string> ProperNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Every name it is given, lower case.</summary>
    public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Parties { get; } = new(StringComparer.Ordinal);

    /// <summary>The years in which articles say it was signed.</summary>
    public HashSet<string> SignedYears { get; } = new(StringComparer.Ordinal);

    /// <summary>Everything that identifies it, from all its accounts.</summary>
    public AgreementProfile Profile => new(ProperNames, Names, Descriptors, Parties, SignedYears);

    /// <summary>Whether any article names it by more than a generic phrase.</summary>
    public bool Named => members.Any(m => m.Local.Mentions.Any(x => !x.IsGeneric));

    internal void Absorb(AgreementGroup other)
    {
        foreach (var (article, excerpts, local) in other.members)
        {
            Add(article, excerpts, local);
        }
    }

    internal void Add(string article, ArticleExcerpts excerpts, LocalAgreement local)
    {
        members.Add((article, excerpts, local));
        Descriptors.UnionWith(local.Descriptors);
        ProperNames.UnionWith(local.ProperNames);
        Names.UnionWith(local.Mentions.Where(m => !m.IsGeneric).Select(m => LocalAgreement.Key(m.Name)));
        Parties.UnionWith(local.Parties);
        SignedYears.UnionWith(local.States.Where(s => s.State == "signed" && s.Date is { Length: >= 4 }).Select(s => s.Date![..4]));
    }
}
