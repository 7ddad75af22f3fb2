namespace Dossier.Storage;

/// <summary>What saving an article did.</summary>
public enum SaveOutcome
{
    /// <summary>A source seen for the first time.</summary>
    Inserted,

    /// <summary>The same source with the same content: nothing changed.</summary>
    Unchanged,

    /// <summary>The same source with new content: stored as a new version; the old one is kept.</summary>
    NewVersion,
}
