using Dossier.Ingest.Http;

namespace Dossier.Ingest.Tests.Http;

public sealed class PageFetcherTests
{
    private static readonly PageFetcherOptions Fast = new()
    {
        AttemptTimeout = TimeSpan.FromSeconds(10),
        MaxRetries = 2,
        RetryBaseDelay = TimeSpan.FromMilliseconds(20),
        PolitenessDelay = TimeSpan.Zero,
    };

    [Fact]
    public async Task Fetches_a_page_with_its_content_type()
    {
        using var server = new LocalServer((ctx, _) => LocalServer.WriteAsync(ctx, 200, "<html><body><p>Hello</p></body></html>"));
        using var fetcher = new PageFetcher(Fast);
        var result = await fetcher.FetchAsync(new Uri(server.BaseUrl, "page"));
        Assert.Equal(FetchOutcome.Fetched, result.Outcome);
        Assert.Equal("text/html; charset=utf-8", result.ContentType);
        Assert.Equal("<html><body><p>Hello</p></body></html>"u8.ToArray(), result.Body);
        Assert.Equal(1, result.Attempts);
    }

    [Fact]
    public async Task Retries_transient_server_errors_then_succeeds()
    {
        using var server = new LocalServer((ctx, n) => n <= 2 ? LocalServer.WriteAsync(ctx, 503, "busy") : LocalServer.WriteAsync(ctx, 200, "ok"));
        using var fetcher = new PageFetcher(Fast);
        var result = await fetcher.FetchAsync(server.BaseUrl);
        Assert.Equal(FetchOutcome.Fetched, result.Outcome);
        Assert.Equal(3, result.Attempts);
        Assert.Equal(3, server.Requests);
    }

    [Fact]
    public async Task Does_not_retry_a_missing_page_and_names_the_status()
    {
        using var server = new LocalServer((ctx, _) => LocalServer.WriteAsync(ctx, 404, "not here"));
        using var fetcher = new PageFetcher(Fast);
        var result = await fetcher.FetchAsync(server.BaseUrl);
        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Equal("DOS0441", result.Failure!.Code);
        Assert.Equal(404, result.StatusCode);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task Gives_up_on_a_server_that_never_answers_with_a_clear_reason()
    {
        var hung = new TaskCompletionSource();
        using var server = new LocalServer((_, _) => hung.Task);
        using var fetcher = new PageFetcher(Fast with { AttemptTimeout = TimeSpan.FromMilliseconds(300), MaxRetries = 1 });
        var result = await fetcher.FetchAsync(new Uri(server.BaseUrl, "slow"));
        hung.SetResult();
        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Equal("DOS0440", result.Failure!.Code);
        Assert.Contains("did not answer", result.Failure.Message, StringComparison.Ordinal);
        Assert.Equal(2, result.Attempts);
    }

    [Fact]
    public async Task Sends_the_etag_back_and_reports_not_modified()
    {
        using var server = new LocalServer(async (ctx, _) =>
        {
            if (ctx.Request.Headers["If-None-Match"] == "\"v1\"")
            {
                ctx.Response.StatusCode = 304;
                ctx.Response.Close();
                return;
            }
            ctx.Response.Headers["ETag"] = "\"v1\"";
            ctx.Response.Headers["Last-Modified"] = "Fri, 05 Jul 2024 10:00:00 GMT";
            await LocalServer.WriteAsync(ctx, 200, "version one");
        });
        var cache = new InMemoryFetchCache();
        using var fetcher = new PageFetcher(Fast, cache);
        var first = await fetcher.FetchAsync(server.BaseUrl);
        var second = await fetcher.FetchAsync(server.BaseUrl);
        Assert.Equal(FetchOutcome.Fetched, first.Outcome);
        Assert.Equal("\"v1\"", first.ETag);
        Assert.Equal(new DateTimeOffset(2024, 7, 5, 10, 0, 0, TimeSpan.Zero), first.LastModified);
        Assert.Equal(FetchOutcome.NotModified, second.Outcome);
        Assert.Equal([null, "\"v1\""], server.IfNoneMatch);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Refuses_pages_over_the_size_limit(bool announceLength)
    {
        var big = new string('x', 4096);
        using var server = new LocalServer(async (ctx, _) =>
        {
            if (!announceLength)
                ctx.Response.SendChunked = true;
            else
                ctx.Response.ContentLength64 = big.Length;
            await ctx.Response.OutputStream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(big));
            ctx.Response.Close();
        });
        using var fetcher = new PageFetcher(Fast with { MaxBytes = 1024 });
        var result = await fetcher.FetchAsync(server.BaseUrl);
        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Equal("DOS0443", result.Failure!.Code);
    }

    [Fact]
    public async Task Refuses_urls_that_are_not_http()
    {
        using var fetcher = new PageFetcher(Fast);
        var result = await fetcher.FetchAsync(new Uri("file:///etc/hostname"));
        Assert.Equal("DOS0444", result.Failure!.Code);
    }
}
