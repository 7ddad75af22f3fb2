namespace Dossier.Corpus.Entities;

/// <summary>
/// An analyst's correction, kept in the store's audit trail and re-applied, in sequence order, every time the corpus
/// entities are rebuilt (after every ingest):
/// <list type="bullet">
/// <item><c>merge</c>: the <see cref="Others"/> become part of <see cref="Entity"/>;</item>
/// <item><c>split</c>: the mentions of <see cref="Entity"/> named <see cref="Name"/> (in <see cref="Article"/> only,
/// when given) become an entity of their own;</item>
/// <item><c>rename</c>: <see cref="Entity"/> is called <see cref="Name"/> (the old name stays an alias);</item>
/// <item><c>delete</c>: <see cref="Entity"/> is not an entity (a tagger error); it is no longer listed.</item>
/// </list>
/// Entities are named by id (as resolved when the decision was taken), so renaming does not break later decisions.
/// </summary>
public sealed record EntityDecision(string Kind, string Entity)
{
    public const string Merge = "merge";
    public const string Split = "split";
    public const string Rename = "rename";
    public const string Delete = "delete";

    /// <summary>The decision kinds, in the order the CLI lists them.</summary>
    public static readonly IReadOnlyList<string> Kinds = [Merge, Split, Rename, Delete];

    /// <summary>Position in the audit trail (assigned by the store; 0 before it is stored).</summary>
    public long Sequence { get; init; }

    /// <summary>When it was taken (UTC).</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>Who took it.</summary>
    public string? By { get; init; }

    public IReadOnlyList<string> Others { get; init; } = [];

    public string? Name { get; init; }

    public string? Article { get; init; }

    public string? Reason { get; init; }
}
