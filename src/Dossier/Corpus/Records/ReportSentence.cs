using Dossier.Model;

namespace Dossier.Corpus.Records;

/// <summary>What the reports of one sentence share, read back once (<see cref="EventReportsRecordCodec"/>).</summary>
internal sealed record ReportSentence(int Index, TextSpan Span, string Text, IReadOnlySet<string> Words, IReadOnlySet<string> Mentioned);
