using Dossier.Ingest.Feeds;

namespace Dossier.Ingest.Tests.Feeds;

public sealed class FeedReaderTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>World news</title>
          <item><title>Talks in Astana</title><link>https://example.org/astana</link><pubDate>Fri, 05 Jul 2024 09:30:00 +0500</pubDate><guid>a1</guid></item>
          <item><title>Energy deal</title><link>/energy</link><dc:date>2024-07-06T10:00:00Z</dc:date><guid>a2</guid></item>
          <item><title>No link here</title><description>An item without a link</description></item>
        </channel></rss>
        """;

    [Fact]
    public void Reads_rss_items_with_links_titles_dates_and_ids()
    {
        var feed = FeedReader.Read(Rss, new Uri("https://example.org/feed.xml"));
        Assert.Equal("World news", feed.Title);
        Assert.Equal(2, feed.Items.Count);
        Assert.Equal(new FeedItem(new Uri("https://example.org/astana"), "Talks in Astana", new DateOnly(2024, 7, 5), "a1"), feed.Items[0]);
        Assert.Equal(new Uri("https://example.org/energy"), feed.Items[1].Link);
        Assert.Equal(new DateOnly(2024, 7, 6), feed.Items[1].Published);
        Assert.Contains(feed.Problems, p => p.Code == "DOS0422");
    }

    [Fact]
    public void Loses_only_the_broken_item_of_a_malformed_feed()
    {
        const string broken = """
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Broken &amp; fixed</title>
            <item><title>First</title><link>https://example.org/1</link><dc:date>2024-01-01</dc:date></item>
            <item><title>Second & unescaped <b>bold</title><link>https://example.org/2</link></item>
            <item><title>Third</title><link>https://example.org/3</link></item>
            </channel></rss>
            """;
        var feed = FeedReader.Read(broken);
        Assert.Equal(["https://example.org/1", "https://example.org/3"], feed.Items.Select(i => i.Link.AbsoluteUri));
        Assert.Equal(new DateOnly(2024, 1, 1), feed.Items[0].Published);
        Assert.Contains(feed.Problems, p => p.Code == "DOS0420");
        Assert.Contains(feed.Problems, p => p.Code == "DOS0421" && p.Message.Contains("item 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_atom_entries_preferring_the_alternate_link()
    {
        const string atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom news</title>
              <entry><title>One</title><id>urn:1</id><link rel="self" href="https://example.org/self/1"/><link rel="alternate" href="https://example.org/1"/><published>2024-03-02T08:00:00+01:00</published></entry>
              <entry><title>Two</title><id>urn:2</id><link href="https://example.org/2"/><updated>2024-03-03T08:00:00Z</updated></entry>
            </feed>
            """;
        var feed = FeedReader.Read(atom);
        Assert.Equal("Atom news", feed.Title);
        Assert.Equal(new FeedItem(new Uri("https://example.org/1"), "One", new DateOnly(2024, 3, 2), "urn:1"), feed.Items[0]);
        Assert.Equal(new DateOnly(2024, 3, 3), feed.Items[1].Published);
        Assert.Empty(feed.Problems);
    }

    [Theory]
    [InlineData("Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10")]
    [InlineData("Sun, 3 Sept 2023 10:00:00 +0000", "2023-09-03")]
    [InlineData("2024-03-02T08:00:00+01:00", "2024-03-02")]
    public void Reads_feed_dates(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedReader.ParseDate(text));
}
