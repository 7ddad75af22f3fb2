namespace Dossier.Agreements;

/// <summary>
/// Groups the agreement phrases of one article into the agreements it speaks of, reading them in order: a proper
/// name is its own agreement (and a phrase "known as" it is the same one); a phrase with distinctive modifiers joins
/// the latest agreement that shares one, or renames the one just mentioned when definite ("… signing a wide
/// cooperation agreement. … the “comprehensive strategic partnership treaty” …"), else opens a new one; a generic
/// phrase ("the deal", "a draft agreement") refers to the latest agreement whose parties fit, unless it names a
/// different full set of parties ("an agreement between Russia, Iran, and India").
/// </summary>
public static class LocalAgreementClusterer
{
    public static ArticleAgreements Cluster(IReadOnlyList<AgreementMention> mentions, string text, AgreementLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(lexicon);
        var agreements = new List<LocalAgreement>();
        var byHead = new Dictionary<int, int>();
        AgreementMention? previous = null;
        foreach (var m in mentions)
        {
            var target = Choose(m, previous, agreements, byHead, text, lexicon);
            if (target is null)
            {
                target = new LocalAgreement(agreements.Count);
                agreements.Add(target);
            }

            target.Add(m);
            byHead[m.Head] = target.Index;
            previous = m;
        }

        return new ArticleAgreements(agreements, byHead);
    }

    private static LocalAgreement? Choose(AgreementMention m, AgreementMention? previous, List<LocalAgreement> agreements, Dictionary<int, int> byHead, string text, AgreementLexicon lexicon)
    {
        var latest = agreements.OrderByDescending(a => a.Mentions[^1].Head).ToList();
        if (m.ProperName is { } proper)
        {
            return latest.FirstOrDefault(a => a.ProperNames.Contains(LocalAgreement.Key(proper)))
                ?? (previous is not null && previous.Sentence == m.Sentence && previous.ProperName is null && NamedAs(text, previous, m, lexicon) ? agreements[byHead[previous.Head]] : null);
        }

        if (!m.IsGeneric)
        {
            return latest.FirstOrDefault(a => a.Descriptors.Overlaps(m.Descriptors) && a.PartiesFit(m))
                ?? latest.FirstOrDefault(a => m.Definite && !m.Indefinite && a.LastSentence >= m.Sentence - 1 && a.PartiesFit(m) && a.ProperNames.Count == 0);
        }

        if (m.Indefinite)
        {
            return m.PartiesComplete && m.ExplicitParties.Count >= 2
                ? latest.FirstOrDefault(a => a.Parties.Count >= 2 && a.Parties.SetEquals(m.ExplicitParties))
                : latest.FirstOrDefault(a => a.LastSentence >= m.Sentence - 2 && a.PartiesFit(m));
        }

        return latest.FirstOrDefault(a => a.PartiesFit(m));
    }

    /// <summary>Whether the text between two phrases says the second is the other's name ("…, officially known as the Treaty …").</summary>
    private static bool NamedAs(string text, AgreementMention before, AgreementMention after, AgreementLexicon lexicon)
    {
        if (after.Span.Start <= before.Span.End)
        {
            return false;
        }

        string between = text[before.Span.End..after.Span.Start];
        return lexicon.NamingPhrases.Any(p => between.Contains(p, StringComparison.OrdinalIgnoreCase));
    }
}
