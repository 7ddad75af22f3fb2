namespace Dossier.Syntax;

/// <summary>A weight table's slot: its feature's row of weights, from <see cref="Start"/> to <see cref="End"/>.</summary>
internal interface IWeightSlot<TSlot> : IKeyedSlot
    where TSlot : struct, IWeightSlot<TSlot>
{
    int Start { get; }

    int End { get; }

    /// <summary>Whether the row was moved to the dense rows (<see cref="AsDense"/>).</summary>
    bool IsDense { get; }

    /// <summary>This slot with its row moved to the dense rows at <paramref name="offset"/>.</summary>
    TSlot AsDense(int offset);
}
