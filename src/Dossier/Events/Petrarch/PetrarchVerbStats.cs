namespace Dossier.Events.Petrarch;

/// <summary>Counts of what a PETRARCH verb dictionary held.</summary>
public sealed class PetrarchVerbStats
{
    public int Synsets { get; set; }

    public int Blocks { get; set; }

    public int Verbs { get; set; }

    public int Patterns { get; set; }

    public int Transformations { get; set; }

    /// <summary>Pattern lines that could not be read (no <c>*</c> or no code), as file:line.</summary>
    public List<string> Skipped { get; } = [];
}
