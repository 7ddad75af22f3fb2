namespace Dossier.Corpus.Timelines;

/// <summary>
/// Which timeline: the events of one story or of everything stored, about all the given actors (names, entity ids or
/// country codes), of one type (a CAMEO code or its first digits: the events whose code starts so), limited to the N
/// most salient dates.
/// </summary>
public sealed record TimelineQuery(string? Story = null, IReadOnlyList<string>? About = null, int? Top = null, string? Type = null)
{
    /// <summary>Whether <paramref name="code"/> can be a <see cref="Type"/>: a CAMEO code or its first digits, one to four digits.</summary>
    public static bool IsTypeCode(string code) => code.Length is >= 1 and <= 4 && code.All(char.IsAsciiDigit);
}
