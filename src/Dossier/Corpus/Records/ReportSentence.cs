using System.Collections.Frozen;
using Dossier.Model;

namespace Dossier.Corpus.Records;

/// <summary>What the reports of one sentence share, read back once (<see cref="EventReportsRecordCodec"/>).</summary>
internal sealed record ReportSentence(int Index, TextSpan Span, string Text, IReadOnlySet<string> Words, IReadOnlySet<string> Mentioned)
{
    /// <summary>The set the reader from documents builds: without spare capacity, or the one shared empty set.</summary>
    public static IReadOnlySet<string> Set(List<string> items)
    {
        if (items.Count == 0)
        {
            return FrozenSet<string>.Empty;
        }

        var set = new HashSet<string>(items, StringComparer.Ordinal);
        set.TrimExcess();
        return set;
    }
}
