using Dossier.Model;

namespace Dossier.Entities;

/// <summary>One document's token texts, for the resolver's pattern matching, and span-to-token conversion.</summary>
internal sealed class ResolutionContext
{
    public ResolutionContext(Document doc, string[] words, string[] lower)
    {
        Doc = doc;
        Words = words;
        Lower = lower;
    }

    public Document Doc { get; }

    public string[] Words { get; }

    public string[] Lower { get; }

    public string Text(EntityMention m) => Doc.Text[m.Start..m.End];

    /// <summary>The tokens <c>[Start, End)</c> a mention covers.</summary>
    public (int Start, int End) TokenRange(EntityMention m)
    {
        int s = Doc.TokenAtOrAfter(m.Start);
        int e = Doc.TokenAtOrAfter(m.End - 1) + 1;
        return (s, Math.Min(e, Words.Length));
    }
}
