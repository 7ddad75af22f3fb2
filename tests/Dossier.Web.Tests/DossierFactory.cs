using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dossier.Web.Tests;

/// <summary>The workbench in a test server over a given store, with settings as the serve command would give them.</summary>
public sealed partial class DossierFactory(string db, IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Dossier:Db", db);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting("Dossier:" + key, value);
        }
    }

    /// <summary>A client that asks for HTML, as a browser does (errors then come back as pages).</summary>
    public HttpClient Browser()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return client;
    }

    /// <summary>Loads a page with a form and returns the anti-forgery token from its hidden field (the cookie stays in the client).</summary>
    public static async Task<string> AntiforgeryToken(HttpClient client, string page = "/ingest")
    {
        ArgumentNullException.ThrowIfNull(client);
        string html = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        var match = TokenField().Match(html);
        Assert.True(match.Success, $"{page} has no anti-forgery field");
        return System.Net.WebUtility.HtmlDecode(match.Groups["token"].Value);
    }

    [GeneratedRegex("name=\"__af\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex TokenField();
}
