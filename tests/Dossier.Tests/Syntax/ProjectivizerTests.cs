using Dossier.Syntax.Training;

namespace Dossier.Tests.Syntax;

public sealed class ProjectivizerTests
{
    [Fact]
    public void Lifts_the_crossing_arc_to_its_grandparent_and_leaves_the_rest()
    {
        // Word 5 hangs on word 1 across word 2 (the root), which word 1 does not dominate ("A hearing is
        // scheduled on the issue": "on the issue" belongs to "hearing" but follows the verb).
        int[] heads = [0, 2, 0, 2, 3, 1];
        Assert.Equal(1, Projectivizer.NonProjectiveArcs(heads));

        int[] lifted = Projectivizer.Lift(heads);

        Assert.Equal(0, Projectivizer.NonProjectiveArcs(lifted));
        Assert.Equal(2, lifted[5]);
        Assert.Equal(heads[1..4], lifted[1..4]);
    }

    [Fact]
    public void Leaves_projective_trees_alone()
    {
        int[] heads = [0, 2, 0, 2, 5, 3];
        Assert.Equal(heads, Projectivizer.Lift(heads));
    }
}
