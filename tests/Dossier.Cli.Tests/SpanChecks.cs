using System.Text.Json;

namespace Dossier.Cli.Tests;

/// <summary>Walks contract JSON and checks that every object with start, end and text names its own slice of the text.</summary>
internal static class SpanChecks
{
    /// <summary>Returns how many spans were checked.</summary>
    public static int AssertSpansMatch(JsonElement element, string text)
    {
        int count = 0;
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("start", out var s) && element.TryGetProperty("end", out var e))
            {
                int start = s.GetInt32(), end = e.GetInt32();
                Assert.InRange(start, 0, text.Length);
                Assert.InRange(end, start, text.Length);
                if (element.TryGetProperty("text", out var t))
                {
                    Assert.Equal(text.Substring(start, end - start), t.GetString());
                }

                count++;
            }

            foreach (var p in element.EnumerateObject().Where(p => p.Name != "text"))
            {
                count += AssertSpansMatch(p.Value, text);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                count += AssertSpansMatch(item, text);
            }
        }

        return count;
    }
}
