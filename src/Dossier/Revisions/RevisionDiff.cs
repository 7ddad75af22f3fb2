using System.Globalization;
using Dossier.Storage;

namespace Dossier.Revisions;

/// <summary>
/// What changed between two stored versions of one article: the metadata fields that differ, and the body compared
/// paragraph by paragraph (a paragraph is a non-blank line of the stored body). A removed paragraph followed by an
/// added one that shares most of its words is reported as changed, with the words that differ.
/// </summary>
public sealed record RevisionDiff(ArticleRecord Old, ArticleRecord New, IReadOnlyList<FieldChange> Fields, IReadOnlyList<ParagraphDiff> Paragraphs)
{
    /// <summary>Two paragraphs sharing at least this share of their words (Dice on the word LCS) count as one paragraph changed.</summary>
    public const double ChangedThreshold = 0.5;

    public int Added => Paragraphs.Count(p => p.Kind == DiffKind.Added);

    public int Removed => Paragraphs.Count(p => p.Kind == DiffKind.Removed);

    public int Changed => Paragraphs.Count(p => p.Kind == DiffKind.Changed);

    public int Unchanged => Paragraphs.Count(p => p.Kind == DiffKind.Equal);

    /// <summary>True when neither the metadata nor the body differ.</summary>
    public bool IsEmpty => Fields.Count == 0 && Paragraphs.All(p => p.Kind == DiffKind.Equal);

    /// <summary>Compares an older version with a newer one (any two versions of one article, in either order).</summary>
    public static RevisionDiff Compare(ArticleRecord older, ArticleRecord newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        return new RevisionDiff(older, newer, FieldChanges(older, newer), CompareBodies(older.Body, newer.Body));
    }

    /// <summary>The paragraphs of a body: its non-blank lines, trimmed.</summary>
    public static IReadOnlyList<string> SplitParagraphs(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return body.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
    }

    /// <summary>Compares two bodies paragraph by paragraph, with word-level detail for changed paragraphs.</summary>
    public static IReadOnlyList<ParagraphDiff> CompareBodies(string oldBody, string newBody)
    {
        var a = SplitParagraphs(oldBody);
        var b = SplitParagraphs(newBody);
        var edits = Sequences.Diff(a, b, StringComparer.Ordinal);
        var result = new List<ParagraphDiff>();
        for (int i = 0; i < edits.Count;)
        {
            if (edits[i].Kind == DiffKind.Equal)
            {
                result.Add(new ParagraphDiff(DiffKind.Equal, edits[i].OldIndex, edits[i].NewIndex, a[edits[i].OldIndex], b[edits[i].NewIndex], []));
                i++;
                continue;
            }

            var removed = new List<int>();
            var added = new List<int>();
            for (; i < edits.Count && edits[i].Kind != DiffKind.Equal; i++)
            {
                if (edits[i].Kind == DiffKind.Removed)
                {
                    removed.Add(edits[i].OldIndex);
                }
                else
                {
                    added.Add(edits[i].NewIndex);
                }
            }

            Pair(a, b, removed, added, result);
        }

        return result;
    }

    /// <summary>Within one run of edits, the k-th removed and k-th added paragraphs are one changed paragraph when they share most words.</summary>
    private static void Pair(IReadOnlyList<string> a, IReadOnlyList<string> b, List<int> removed, List<int> added, List<ParagraphDiff> result)
    {
        for (int k = 0; k < Math.Max(removed.Count, added.Count); k++)
        {
            string? before = k < removed.Count ? a[removed[k]] : null;
            string? after = k < added.Count ? b[added[k]] : null;
            if (before is not null && after is not null && Words(before, after, out var spans) >= ChangedThreshold)
            {
                result.Add(new ParagraphDiff(DiffKind.Changed, removed[k], added[k], before, after, spans));
                continue;
            }

            if (before is not null)
            {
                result.Add(new ParagraphDiff(DiffKind.Removed, removed[k], null, before, null, []));
            }

            if (after is not null)
            {
                result.Add(new ParagraphDiff(DiffKind.Added, null, added[k], null, after, []));
            }
        }
    }

    /// <summary>Word-level spans of two paragraphs; returns their similarity (2 × common words / all words).</summary>
    private static double Words(string before, string after, out IReadOnlyList<DiffSpan> spans)
    {
        var a = before.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var b = after.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var edits = Sequences.Diff(a, b, StringComparer.Ordinal);
        var merged = new List<DiffSpan>();
        int common = 0;
        foreach (var (kind, i, j) in edits)
        {
            string word = kind == DiffKind.Added ? b[j] : a[i];
            common += kind == DiffKind.Equal ? 1 : 0;
            if (merged.Count > 0 && merged[^1].Kind == kind)
            {
                merged[^1] = merged[^1] with { Text = merged[^1].Text + " " + word };
            }
            else
            {
                merged.Add(new DiffSpan(kind, word));
            }
        }

        spans = merged;
        return a.Length + b.Length == 0 ? 1 : 2.0 * common / (a.Length + b.Length);
    }

    private static List<FieldChange> FieldChanges(ArticleRecord older, ArticleRecord newer)
    {
        var o = older.Metadata;
        var n = newer.Metadata;
        var changes = new List<FieldChange>();
        void Check(string field, string? before, string? after)
        {
            if (!string.Equals(before, after, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(field, before, after));
            }
        }

        Check("title", o.Title, n.Title);
        Check("published", Day(o.Published), Day(n.Published));
        Check("outlet", o.Outlet, n.Outlet);
        Check("url", o.Url, n.Url);
        Check("byline", o.Byline, n.Byline);
        Check("wire", o.Wire, n.Wire);
        Check("dateline", o.Dateline, n.Dateline);
        Check("language", o.Language, n.Language);
        Check("captions", Captions(o.Captions), Captions(n.Captions));
        return changes;
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Captions(IReadOnlyList<string> captions) => captions.Count == 0 ? null : string.Join(" | ", captions);
}
