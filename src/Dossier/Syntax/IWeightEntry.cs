namespace Dossier.Syntax;

/// <summary>One stored weight of a weight table's sparse row: the class it adds to.</summary>
internal interface IWeightEntry
{
    int Class { get; }
}
