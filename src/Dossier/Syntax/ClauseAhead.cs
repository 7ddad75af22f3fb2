namespace Dossier.Syntax;

/// <summary>
/// The first verb form after each word, within the stretch of words up to the next punctuation, conjunction or
/// preposition: "for" before "investors to make" (a clause, SCONJ) against "for" before "the next day" (ADP).
/// </summary>
internal static class ClauseAhead
{
    private const int Window = 8;
    private const byte Stop = 15;

    /// <summary>Each Penn tag's kind: 0 none, 1 finite verb, 2 TO, 3 VBG, 4 VBN, 5 VB, <see cref="Stop"/> a boundary.</summary>
    public static byte[] Kinds(LabelSet xposTags)
    {
        var kinds = new byte[xposTags.Count];
        for (int t = 0; t < kinds.Length; t++)
        {
            kinds[t] = xposTags[t] switch
            {
                "VBD" or "VBZ" or "VBP" or "MD" => 1,
                "TO" => 2,
                "VBG" => 3,
                "VBN" => 4,
                "VB" => 5,
                "," or "." or ":" or "``" or "''" or "-LRB-" or "-RRB-" or "NFP" or "CC" or "IN" => Stop,
                _ => 0,
            };
        }

        return kinds;
    }

    /// <summary>
    /// For each word, the kind of the first verb form after it times four plus its distance bucket (1, 2, 3–4, more),
    /// or 0 when a boundary or the window's end comes first.
    /// </summary>
    public static int[] Of(int[] xpos, byte[] kinds)
    {
        var ahead = new int[xpos.Length];
        for (int i = 0; i < xpos.Length; i++)
        {
            for (int j = i + 1; j < xpos.Length && j <= i + Window; j++)
            {
                byte k = kinds[xpos[j]];
                if (k == Stop)
                {
                    break;
                }

                if (k != 0)
                {
                    int d = j - i;
                    ahead[i] = (k * 4) + (d <= 2 ? d - 1 : d <= 4 ? 2 : 3);
                    break;
                }
            }
        }

        return ahead;
    }
}
