using Dossier.Agreements;

namespace Dossier.Corpus.Agreements;

/// <summary>What identifies an agreement when deciding whether two accounts are of the same one.</summary>
public sealed record AgreementProfile(IReadOnlySet<string> ProperNames, IReadOnlySet<string> Names, IReadOnlySet<string> Descriptors, IReadOnlySet<string> Parties, IReadOnlySet<string> SignedYears)
{
    public static AgreementProfile Of(LocalAgreement a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(
            a.ProperNames,
            a.Mentions.Where(m => !m.IsGeneric).Select(m => LocalAgreement.Key(m.Name)).ToHashSet(StringComparer.Ordinal),
            a.Descriptors,
            a.Parties,
            a.States.Where(s => s.State == "signed" && s.Date is { Length: >= 4 }).Select(s => s.Date![..4]).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// Whether two accounts are of one agreement: a shared proper name; else, when parties and signing years do not
    /// conflict, a shared name, or (neither having a proper name, and no two different years among the descriptors)
    /// two shared distinctive modifiers, or one when both name parties and share one.
    /// </summary>
    public bool Matches(AgreementProfile other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ProperNames.Overlaps(other.ProperNames))
        {
            return true;
        }

        bool partiesFit = Parties.Count == 0 || other.Parties.Count == 0 || Parties.IsSubsetOf(other.Parties) || Parties.IsSupersetOf(other.Parties);
        bool yearsFit = SignedYears.Count == 0 || other.SignedYears.Count == 0 || SignedYears.Overlaps(other.SignedYears);
        if (!partiesFit || !yearsFit)
        {
            return false;
        }

        if (Names.Overlaps(other.Names))
        {
            return true;
        }

        var years = Descriptors.Where(IsYear).ToHashSet(StringComparer.Ordinal);
        var otherYears = other.Descriptors.Where(IsYear).ToHashSet(StringComparer.Ordinal);
        if (ProperNames.Count > 0 || other.ProperNames.Count > 0 || (years.Count > 0 && otherYears.Count > 0 && !years.Overlaps(otherYears)))
        {
            return false;
        }

        int shared = Descriptors.Count(d => !IsYear(d) && other.Descriptors.Contains(d));
        return shared >= 2 || (shared == 1 && Parties.Overlaps(other.Parties));
    }

    private static bool IsYear(string word) => word.Length == 4 && word.All(char.IsAsciiDigit);
}
