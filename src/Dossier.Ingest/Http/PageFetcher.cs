using System.Net;
using System.Net.Http.Headers;
using Dossier.Model;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Dossier.Ingest.Http;

/// <summary>
/// Fetches pages over HTTP for ingestion: a timeout per attempt, retries with exponential backoff and jitter on
/// transient failures (Polly), a politeness delay per host, conditional requests from an <see cref="IFetchCache"/>,
/// and a size limit. It never throws for a failed page: the result names the failure and what to do.
/// </summary>
public sealed class PageFetcher : IDisposable
{
    private const string Stage = "fetch";

    private readonly HttpClient _client;
    private readonly bool _ownsClient;
    private readonly PageFetcherOptions _options;
    private readonly IFetchCache? _cache;
    private readonly HostPoliteness _politeness;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline<HttpAttempt> _pipeline;

    /// <param name="options">Limits and delays; <see cref="PageFetcherOptions.Default"/> when null.</param>
    /// <param name="cache">Validators of earlier fetches, for conditional requests; none when null.</param>
    /// <param name="handler">The HTTP handler (tests pass their own); a SocketsHttpHandler when null.</param>
    /// <param name="time">The clock for politeness and backoff; the system clock when null.</param>
    public PageFetcher(PageFetcherOptions? options = null, IFetchCache? cache = null, HttpMessageHandler? handler = null, TimeProvider? time = null)
    {
        _options = options ?? PageFetcherOptions.Default;
        _cache = cache;
        _time = time ?? TimeProvider.System;
        _politeness = new HostPoliteness(_options.PolitenessDelay, _time);
        _ownsClient = true;
        _client = new HttpClient(handler ?? new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 10,
        })
        {
            // Each attempt has its own timeout in the pipeline.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(_options.UserAgent);
        _pipeline = BuildPipeline();
    }

    /// <summary>Fetches one URL; see <see cref="FetchResult"/> for the outcomes.</summary>
    public async Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
            return Failed(url, 0, "DOS0444", $"{url} is not an http(s) URL; give absolute http:// or https:// URLs.");
        var validators = _cache is null ? null : await _cache.GetAsync(url, cancellationToken).ConfigureAwait(false);
        var attempts = 0;
        Outcome<HttpAttempt> outcome;
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            outcome = await _pipeline.ExecuteOutcomeAsync(
                async (ctx, state) =>
                {
                    attempts++;
                    try
                    {
                        return Outcome.FromResult(await SendAsync(state.url, state.validators, ctx.CancellationToken).ConfigureAwait(false));
                    }
                    catch (Exception ex) when (ex is HttpRequestException or IOException or OperationCanceledException)
                    {
                        return Outcome.FromException<HttpAttempt>(ex);
                    }
                },
                context,
                (url, validators)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
        return await ToResultAsync(url, outcome, attempts, cancellationToken).ConfigureAwait(false);
    }

    private async Task<FetchResult> ToResultAsync(Uri url, Outcome<HttpAttempt> outcome, int attempts, CancellationToken cancellationToken)
    {
        if (outcome.Exception is { } ex)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return ex switch
            {
                TimeoutRejectedException or OperationCanceledException => Failed(url, attempts, "DOS0440",
                    $"{url} did not answer within {_options.AttemptTimeout.TotalSeconds:0.#} s ({attempts} attempts); try later or raise the timeout."),
                _ => Failed(url, attempts, "DOS0442",
                    $"{url} could not be reached ({ex.Message}; {attempts} attempts); check the address and the network."),
            };
        }
        var attempt = outcome.Result!;
        if (attempt.TooLarge is { } size)
        {
            return Failed(url, attempts, "DOS0443",
                $"{url} is larger than the limit ({size / 1_048_576.0:0.0} MB > {_options.MaxBytes / 1_048_576.0:0.0} MB); raise PageFetcherOptions.MaxBytes to take it.");
        }
        if (attempt.Status == (int)HttpStatusCode.NotModified)
        {
            return new FetchResult { Url = url, Outcome = FetchOutcome.NotModified, StatusCode = 304, FinalUrl = attempt.FinalUrl, Attempts = attempts };
        }
        if (attempt.Status is < 200 or >= 300)
        {
            return Failed(url, attempts, "DOS0441",
                $"{url} answered HTTP {attempt.Status} ({attempts} attempts); the page is missing, forbidden or the server is failing.") with { StatusCode = attempt.Status };
        }
        if (_cache is not null && (attempt.ETag is not null || attempt.LastModified is not null))
            await _cache.StoreAsync(url, new CacheValidators(attempt.ETag, attempt.LastModified), cancellationToken).ConfigureAwait(false);
        return new FetchResult
        {
            Url = url,
            Outcome = FetchOutcome.Fetched,
            StatusCode = attempt.Status,
            FinalUrl = attempt.FinalUrl,
            Body = attempt.Body,
            ContentType = attempt.ContentType,
            ETag = attempt.ETag,
            LastModified = attempt.LastModified,
            Attempts = attempts,
        };
    }

    private async Task<HttpAttempt> SendAsync(Uri url, CacheValidators? validators, CancellationToken cancellationToken)
    {
        var wait = _politeness.Reserve(url.Host);
        if (wait > TimeSpan.Zero)
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (validators?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
            request.Headers.IfNoneMatch.Add(tag);
        if (validators?.LastModified is { } modified)
            request.Headers.IfModifiedSince = modified;
        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var finalUrl = response.RequestMessage?.RequestUri ?? url;
        var status = (int)response.StatusCode;
        var contentType = response.Content.Headers.ContentType?.ToString();
        var etagOut = response.Headers.ETag?.ToString();
        var lastModified = response.Content.Headers.LastModified;
        if (status is < 200 or >= 300)
            return new HttpAttempt(status, null, contentType, etagOut, lastModified, finalUrl, null);
        if (response.Content.Headers.ContentLength is { } length && length > _options.MaxBytes)
            return new HttpAttempt(status, null, contentType, etagOut, lastModified, finalUrl, length);
        var body = await ReadLimitedAsync(response.Content, cancellationToken).ConfigureAwait(false);
        return body is null
            ? new HttpAttempt(status, null, contentType, etagOut, lastModified, finalUrl, _options.MaxBytes + 1)
            : new HttpAttempt(status, body, contentType, etagOut, lastModified, finalUrl, null);
    }

    /// <summary>Reads the body, stopping as soon as it passes the limit (servers may omit or lie about Content-Length).</summary>
    private async Task<byte[]?> ReadLimitedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var memory = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                memory.Write(buffer, 0, read);
                if (memory.Length > _options.MaxBytes)
                    return null;
            }
            return memory.ToArray();
        }
    }

    private ResiliencePipeline<HttpAttempt> BuildPipeline()
    {
        var builder = new ResiliencePipelineBuilder<HttpAttempt> { TimeProvider = _time };
        if (_options.MaxRetries > 0)
            builder.AddRetry(Retry());
        return builder.AddTimeout(_options.AttemptTimeout).Build();
    }

    private RetryStrategyOptions<HttpAttempt> Retry() => new()
        {
            ShouldHandle = new PredicateBuilder<HttpAttempt>()
                .Handle<HttpRequestException>()
                .Handle<TimeoutRejectedException>()
                .Handle<IOException>()
                .HandleResult(a => a.IsTransient),
            MaxRetryAttempts = Math.Max(0, _options.MaxRetries),
            Delay = _options.RetryBaseDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
        };

    private static FetchResult Failed(Uri url, int attempts, string code, string message) => new()
    {
        Url = url,
        Outcome = FetchOutcome.Failed,
        Attempts = attempts,
        Failure = new Diagnostic(code, Stage, message),
    };

    public void Dispose()
    {
        if (_ownsClient)
            _client.Dispose();
    }
}
