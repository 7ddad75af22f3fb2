using Dossier.Storage;

namespace Dossier.Ingest;

/// <summary>How many articles a run stored as new, stored as a new version, or found unchanged.</summary>
public abstract class SaveCounts
{
    public int Inserted { get; private set; }

    public int NewVersions { get; private set; }

    public int Unchanged { get; private set; }

    /// <summary>Counts one article by what saving it did.</summary>
    internal void Count(SaveOutcome outcome)
    {
        switch (outcome)
        {
            case SaveOutcome.Inserted:
                Inserted++;
                break;
            case SaveOutcome.NewVersion:
                NewVersions++;
                break;
            default:
                Unchanged++;
                break;
        }
    }
}
