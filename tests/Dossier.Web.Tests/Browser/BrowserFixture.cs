using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Dossier.Web.Tests.Browser;

/// <summary>
/// The real server on 127.0.0.1 with an ephemeral port over a copy of the seed store, and Debian's Chromium driven by
/// Playwright. Browsers are never downloaded: without /usr/bin/chromium every browser test fails, saying how to install it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private readonly SeedStore seeds = new();
    private WebApplication? server;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    public static string Screenshots => Path.Combine(RepoPaths.TestResults, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"DOS1150: {ChromiumPath} is missing, so the browser tests cannot run. Install Debian's Chromium with " +
                "'apt-get install -y chromium' (or run .ci/chromium-install); these tests never download a browser.");
        }

        server = WebHost.Build([], new WebSettings { Db = seeds.CopyDb(), Urls = "http://127.0.0.1:0" });
        await server.StartAsync();
        BaseUrl = server.Urls.First();
        Directory.CreateDirectory(Screenshots);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        if (server is not null)
        {
            await server.StopAsync();
            await server.DisposeAsync();
        }

        seeds.Dispose();
    }

    /// <summary>A fresh page (own cookies) at a desktop size.</summary>
    public async Task<IPage> NewPage()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, BaseURL = BaseUrl });
        return await context.NewPageAsync();
    }

    public static Task Shoot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });
}
