namespace Dossier.Agreements;

/// <summary>The agreements one article speaks of, and which of them each agreement phrase names.</summary>
public sealed class ArticleAgreements
{
    private readonly Dictionary<int, int> byHead;

    internal ArticleAgreements(IReadOnlyList<LocalAgreement> agreements, Dictionary<int, int> byHead)
    {
        Agreements = agreements;
        this.byHead = byHead;
    }

    public static ArticleAgreements Empty { get; } = new([], []);

    public IReadOnlyList<LocalAgreement> Agreements { get; }

    /// <summary>Which agreement (by index) the phrase headed by each token names (for a record encoder).</summary>
    internal IReadOnlyDictionary<int, int> ByHead => byHead;

    /// <summary>The agreement a phrase headed by document token <paramref name="head"/> names, or null.</summary>
    public LocalAgreement? At(int head) => byHead.TryGetValue(head, out int i) ? Agreements[i] : null;

    /// <summary>
    /// The agreement last named before document token <paramref name="token"/> in sentence <paramref name="sentence"/>
    /// or in the <paramref name="window"/> sentences before it: what "the process", "its suspension" or "it" refer to.
    /// </summary>
    public LocalAgreement? Recent(int sentence, int token, int window = 3)
    {
        LocalAgreement? best = null;
        int bestHead = -1;
        foreach (var a in Agreements)
        {
            foreach (var m in a.Mentions)
            {
                if (m.Head < token && m.Sentence >= sentence - window && m.Head > bestHead)
                {
                    best = a;
                    bestHead = m.Head;
                }
            }
        }

        return best;
    }
}
