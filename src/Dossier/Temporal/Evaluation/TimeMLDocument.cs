namespace Dossier.Temporal.Evaluation;

/// <summary>A TimeML file read for scoring: the plain text of its TEXT element, its creation date and its gold TIMEX3s.</summary>
public sealed record TimeMLDocument(string Name, string Text, DateOnly? Dct, IReadOnlyList<GoldTimex> Timexes);

/// <summary>A gold TIMEX3: offsets into <see cref="TimeMLDocument.Text"/>, its type and value.</summary>
public sealed record GoldTimex(int Start, int End, string Type, string? Value);
