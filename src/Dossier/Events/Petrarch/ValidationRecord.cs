namespace Dossier.Events.Petrarch;

/// <summary>
/// One record of a PETRARCH validation file: its id, category, date, whether it is evaluated, the text, its
/// CoNLL-U parse and the events it expects (none when <see cref="ExpectsNoEvents"/>).
/// </summary>
public sealed record ValidationRecord(string Id, string Category, DateOnly? Date, bool Evaluate, string Text, string Parse, IReadOnlyList<ExpectedEvent> Expected, bool ExpectsNoEvents);
