using Dossier.Ingest.Http;

namespace Dossier.Ingest.Tests.Http;

public sealed class HostPolitenessTests
{
    /// <summary>A clock that stands still unless the test moves it.</summary>
    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void Spaces_requests_to_one_host_by_the_delay()
    {
        var clock = new StoppedClock(new DateTimeOffset(2024, 7, 5, 0, 0, 0, TimeSpan.Zero));
        var politeness = new HostPoliteness(TimeSpan.FromSeconds(2), clock);
        Assert.Equal(TimeSpan.Zero, politeness.Reserve("example.org"));
        Assert.Equal(TimeSpan.FromSeconds(2), politeness.Reserve("example.org"));
        Assert.Equal(TimeSpan.FromSeconds(4), politeness.Reserve("EXAMPLE.org"));
    }

    [Fact]
    public void Lets_other_hosts_go_at_once()
    {
        var clock = new StoppedClock(new DateTimeOffset(2024, 7, 5, 0, 0, 0, TimeSpan.Zero));
        var politeness = new HostPoliteness(TimeSpan.FromSeconds(2), clock);
        politeness.Reserve("example.org");
        Assert.Equal(TimeSpan.Zero, politeness.Reserve("example.net"));
    }

    [Fact]
    public void Does_not_wait_once_the_delay_has_passed()
    {
        var clock = new StoppedClock(new DateTimeOffset(2024, 7, 5, 0, 0, 0, TimeSpan.Zero));
        var politeness = new HostPoliteness(TimeSpan.FromSeconds(2), clock);
        politeness.Reserve("example.org");
        clock.Now += TimeSpan.FromSeconds(3);
        Assert.Equal(TimeSpan.Zero, politeness.Reserve("example.org"));
    }
}
