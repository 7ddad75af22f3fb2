namespace Dossier.Formats.Conllu;

/// <summary>
/// A surface token: either one word, or a multiword token (<c>3-4 don't</c>) that spans several words.
/// <see cref="FirstWord"/> and <see cref="LastWord"/> are 0-based indexes into the sentence's words.
/// </summary>
public sealed record ConlluToken(string Form, int FirstWord, int LastWord, string Misc)
{
    public bool SpaceAfter => !Misc.Contains("SpaceAfter=No", StringComparison.Ordinal);
}
