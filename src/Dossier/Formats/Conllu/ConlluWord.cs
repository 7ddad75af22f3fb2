namespace Dossier.Formats.Conllu;

/// <summary>A syntactic word of a CoNLL-U sentence. <see cref="Head"/> is 1-based within the sentence, 0 for root.</summary>
public sealed record ConlluWord(int Id, string Form, string Lemma, string Upos, string Xpos, string Feats, int Head, string Deprel, string Misc)
{
    /// <summary>False when MISC says <c>SpaceAfter=No</c>.</summary>
    public bool SpaceAfter => !Misc.Contains("SpaceAfter=No", StringComparison.Ordinal);
}
