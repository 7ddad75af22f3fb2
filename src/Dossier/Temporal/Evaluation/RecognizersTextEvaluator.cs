using System.Globalization;
using System.Text.Json;
using Dossier.Model;
using Dossier.Pipeline;

namespace Dossier.Temporal.Evaluation;

/// <summary>
/// Scores the temporal stage on Microsoft Recognizers-Text English DateTime specs: for every expected result of a
/// case that has a reference date and an expected TIMEX value, the system expression overlapping the expected span
/// most must carry that value, or one of the spec's concrete resolutions of it (an unresolved <c>XXXX-10-02</c>
/// is also right when resolved to the spec's past or future reading). Extractor specs (spans only) are skipped.
/// </summary>
public static class RecognizersTextEvaluator
{
    public static IReadOnlyList<RecognizersCategory> Evaluate(string folder, IStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"DOS0344: Recognizers-Text spec folder {folder} does not exist; pass --recognizers with the Specs/DateTime/English folder.");
        }

        var counts = new SortedDictionary<string, (int Total, int Correct)>(StringComparer.Ordinal);
        foreach (string path in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            string file = Path.GetFileNameWithoutExtension(path);
            using var json = JsonDocument.Parse(File.ReadAllBytes(path).AsMemory(StartOfJson(File.ReadAllBytes(path))));
            foreach (var testCase in json.RootElement.EnumerateArray())
            {
                if (!TryReference(testCase, out var reference) || !testCase.TryGetProperty("Results", out var results))
                {
                    continue;
                }

                Document? document = null;
                foreach (var result in results.EnumerateArray())
                {
                    var expected = ExpectedValues(result);
                    if (expected.Count == 0)
                    {
                        continue;
                    }

                    if (document is null)
                    {
                        document = new Document(file, testCase.GetProperty("Input").GetString() ?? "", new ArticleMetadata { Published = reference });
                        stage.Process(document);
                    }

                    string type = (result.TryGetProperty("TypeName", out var tn) ? tn.GetString() : result.TryGetProperty("Type", out var t) ? t.GetString() : null) ?? "?";
                    string key = file + "/" + type;
                    int start = result.GetProperty("Start").GetInt32();
                    int end = result.TryGetProperty("Length", out var len) ? start + len.GetInt32() : result.GetProperty("End").GetInt32() + 1;
                    var found = document.Timexes.Where(x => x.Start < end && start < x.End).OrderByDescending(x => Math.Min(end, x.End) - Math.Max(start, x.Start)).FirstOrDefault();
                    bool correct = found?.Value is { } v && expected.Contains(v);
                    var (total, right) = counts.GetValueOrDefault(key);
                    counts[key] = (total + 1, right + (correct ? 1 : 0));
                }
            }
        }

        return counts.Select(kv => new RecognizersCategory(kv.Key, kv.Value.Total, kv.Value.Correct)).ToList();
    }

    private static int StartOfJson(byte[] bytes) => bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;

    private static bool TryReference(JsonElement testCase, out DateOnly reference)
    {
        reference = default;
        return testCase.TryGetProperty("Context", out var context) && context.ValueKind == JsonValueKind.Object
            && context.TryGetProperty("ReferenceDateTime", out var r) && r.GetString() is { Length: >= 10 } s
            && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out reference);
    }

    private static HashSet<string> ExpectedValues(JsonElement result)
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        if (result.TryGetProperty("Value", out var value) && value.ValueKind == JsonValueKind.Object)
        {
            Add(values, value, "Timex");
            foreach (string which in new[] { "FutureResolution", "PastResolution" })
            {
                if (value.TryGetProperty(which, out var r) && r.ValueKind == JsonValueKind.Object)
                {
                    Add(values, r, "date");
                }
            }
        }

        if (result.TryGetProperty("Resolution", out var resolution) && resolution.ValueKind == JsonValueKind.Object
            && resolution.TryGetProperty("values", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var v in list.EnumerateArray())
            {
                Add(values, v, "timex");
                if (v.TryGetProperty("type", out var type) && type.GetString() == "date")
                {
                    Add(values, v, "value");
                }
            }
        }

        return values;
    }

    private static void Add(HashSet<string> values, JsonElement element, string property)
    {
        if (element.TryGetProperty(property, out var p) && p.ValueKind == JsonValueKind.String && p.GetString() is { Length: > 0 } s)
        {
            values.Add(s);
        }
    }
}

/// <summary>One Recognizers-Text category (spec file / result type): expected results and how many the stage resolved to the expected value.</summary>
public sealed record RecognizersCategory(string Name, int Total, int Correct)
{
    public double Share => Total == 0 ? 0 : (double)Correct / Total;
}
