namespace Dossier.Model;

/// <summary>Something that went wrong (or is worth knowing) while processing one document.</summary>
/// <param name="Code">A stable code, e.g. <c>DOS0101</c>.</param>
/// <param name="Stage">The stage that reported it, or <c>ingest</c>.</param>
/// <param name="Message">What happened and what to do about it.</param>
public sealed record Diagnostic(string Code, string Stage, string Message, DiagnosticSeverity Severity = DiagnosticSeverity.Error)
{
    public override string ToString() => $"{Code} [{Stage}] {Message}";
}

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
