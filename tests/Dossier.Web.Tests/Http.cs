using System.Net;
using System.Text.Json;

namespace Dossier.Web.Tests;

/// <summary>Assertions on responses: status, problem details and JSON bodies.</summary>
internal static class Http
{
    /// <summary>Asserts a problem-details response with this status and Dossier code, and returns its detail.</summary>
    public static async Task<string> AssertProblem(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        Assert.Equal((int)status, json.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(code, json.RootElement.GetProperty("code").GetString());
        string detail = json.RootElement.GetProperty("detail").GetString()!;
        Assert.StartsWith(code + ": ", detail, StringComparison.Ordinal);
        return detail;
    }

    public static async Task<JsonDocument> Json(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body);
    }

    public static Uri U(string relative) => new(relative, UriKind.Relative);
}
