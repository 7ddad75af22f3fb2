using System.Text.Json;

namespace Dossier.Cli.Tests;

public sealed class AnnotateCommandTests
{
    [Theory]
    [InlineData("000_2a9e6c8df86a9554")]
    [InlineData("001_92e7f391879ebd38")]
    [InlineData("002_655b4ba9bfca9600")]
    [InlineData("003_246c7bada9d0c667")]
    [InlineData("004_0ae074166cb28726")]
    public void Annotating_a_seed_emits_contract_JSON_whose_every_span_is_its_text(string stem)
    {
        var result = CliRunner.Run(RepoPaths.Root, "annotate", RepoPaths.Seed(stem));

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        string text = root.GetProperty("text").GetString()!;
        foreach (string array in new[] { "sentences", "tokens", "entities", "timexes", "quotes", "events" })
        {
            Assert.Equal(JsonValueKind.Array, root.GetProperty(array).ValueKind);
        }

        int spans = SpanChecks.AssertSpansMatch(root, text);
        Assert.True(spans >= root.GetProperty("tokens").GetArrayLength());
    }

    [Fact]
    public void Pretokenized_JSON_Lines_keep_the_given_tokens_and_sentences()
    {
        const string input = "{\"id\": \"t1\", \"tokens\": [[\"Mokhber\", \"met\", \"Putin\", \".\"], [\"They\", \"talked\", \".\"]], \"published\": \"2024-07-05\"}\n";

        var result = CliRunner.RunWithInput(RepoPaths.Root, input, "annotate", "--jsonl");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout.Trim());
        var root = json.RootElement;
        Assert.Equal("Mokhber met Putin .\nThey talked .", root.GetProperty("text").GetString());
        Assert.Equal(["Mokhber", "met", "Putin", ".", "They", "talked", "."], root.GetProperty("tokens").EnumerateArray().Select(t => t.GetProperty("text").GetString()));
        Assert.Equal([(0, 19), (20, 33)], root.GetProperty("sentences").EnumerateArray().Select(s => (s.GetProperty("start").GetInt32(), s.GetProperty("end").GetInt32())));
        Assert.Equal("2024-07-05", root.GetProperty("published").GetString());
    }

    [Fact]
    public void A_bad_JSON_Lines_line_is_named_and_the_rest_are_annotated()
    {
        const string input = "{\"id\": \"ok\", \"text\": \"Fine text.\"}\n{\"id\": \"bad\", \"tokens\": [[\"a\", \"\"]]}\n{\"id\": \"ok2\", \"text\": \"More.\"}\n";

        var result = CliRunner.RunWithInput(RepoPaths.Root, input, "annotate", "--jsonl");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(["error: <stdin>:2: sentence 1 has an empty token"], result.ErrorLines);
        Assert.Equal(2, result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void A_bad_document_date_is_a_usage_error()
    {
        var result = CliRunner.Run(RepoPaths.Root, "annotate", RepoPaths.Seed("000_2a9e6c8df86a9554"), "--dct", "5 July 2024");

        Assert.True(result.ExitCode == 2, result.ToString());
    }
}
