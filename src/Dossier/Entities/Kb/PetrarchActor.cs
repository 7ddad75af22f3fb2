namespace Dossier.Entities.Kb;

/// <summary>
/// One entry of a PETRARCH/TABARI actors dictionary: its names (underscores read as spaces) and codes, each
/// optionally dated (<c>[RUSGOV 000507-080507]</c>). <see cref="InlineCode"/> is a code given on the name line,
/// which marks countries and organisations; people carry only dated, indented codes.
/// </summary>
public sealed record PetrarchActor(IReadOnlyList<string> Names, string? InlineCode, IReadOnlyList<string> Codes);
