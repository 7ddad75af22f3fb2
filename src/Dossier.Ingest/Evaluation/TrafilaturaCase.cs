namespace Dossier.Ingest.Evaluation;

/// <summary>One page of the trafilatura evaluation set: its file, the snippets its main text must and must not contain, its gold date.</summary>
public sealed record TrafilaturaCase(string Url, string File, IReadOnlyList<string> With, IReadOnlyList<string> Without, DateOnly? Date);
