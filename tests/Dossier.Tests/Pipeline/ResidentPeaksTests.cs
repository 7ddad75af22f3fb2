using Dossier.Pipeline;

namespace Dossier.Tests.Pipeline;

public sealed class ResidentPeaksTests
{
    [Fact]
    public void A_stage_that_touches_memory_has_a_higher_peak_than_the_stage_before_it_and_the_whole_run_keeps_the_highest()
    {
        var peaks = ResidentPeaks.TryCreate();
        if (!OperatingSystem.IsLinux())
        {
            // Only Linux lets a process reset its own peak; elsewhere the tracker is not made.
            Assert.Null(peaks);
            return;
        }

        Assert.NotNull(peaks);
        var timings = new StageTimings { Peaks = peaks };
        const int Size = 256 << 20;
        byte[]? touched = null;
        StageTimings.Time(timings, "large", () =>
        {
            // Every page written, so that it is resident.
            touched = new byte[Size];
            for (int i = 0; i < touched.Length; i += 4096)
            {
                touched[i] = 1;
            }
        });
        touched = null;
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        StageTimings.Time(timings, "small", () => Thread.Sleep(1));

        var stages = peaks.Stages;
        Assert.True(stages["large"] - stages["small"] > Size / 2, $"large {stages["large"] >> 20} MB, small {stages["small"] >> 20} MB");
        Assert.True(peaks.Overall >= stages["large"]);
        Assert.Equal(["large", "small"], stages.Keys.Order(StringComparer.Ordinal));
    }
}
