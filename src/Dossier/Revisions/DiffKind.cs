namespace Dossier.Revisions;

/// <summary>How a piece of text fares between two versions.</summary>
public enum DiffKind
{
    /// <summary>In both versions.</summary>
    Equal,

    /// <summary>Only in the older version.</summary>
    Removed,

    /// <summary>Only in the newer version.</summary>
    Added,

    /// <summary>A paragraph rewritten in place: its words say what changed.</summary>
    Changed,
}
