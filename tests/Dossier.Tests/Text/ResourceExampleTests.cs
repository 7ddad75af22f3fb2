using Dossier.Resources;

namespace Dossier.Tests.Text;

/// <summary>Every "# EXAMPLE: input => expected" line of the tokenizer's word lists is an executed test.</summary>
public sealed class ResourceExampleTests
{
    public static TheoryData<string, string, string> Examples()
    {
        var data = new TheoryData<string, string, string>();
        foreach (string path in Directory.GetFiles(ResourceLocator.Resource("en", "tokenizer"), "*.txt").Order(StringComparer.Ordinal))
        {
            foreach (string line in File.ReadLines(path))
            {
                if (!line.StartsWith("# EXAMPLE:", StringComparison.Ordinal))
                {
                    continue;
                }

                string body = line["# EXAMPLE:".Length..];
                int arrow = body.IndexOf(" => ", StringComparison.Ordinal);
                Assert.True(arrow > 0, $"{path}: example '{line}' lacks ' => '");
                data.Add(Path.GetFileName(path), body[..arrow].Trim().Replace("\\n", "\n", StringComparison.Ordinal), body[(arrow + 4)..].Trim());
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Resource_examples_hold(string file, string input, string expected)
    {
        Assert.True(expected == Rendering.Render(input), $"{file}: '{input}' gave '{Rendering.Render(input)}', the file says '{expected}'");
    }

    [Fact]
    public void Every_word_list_has_examples_and_loads()
    {
        var lexicon = Dossier.Text.TokenizerLexicon.Load(ResourceLocator.Resource("en", "tokenizer"));

        Assert.Contains("Sept.", (IReadOnlySet<string>)lexicon.Abbreviations);
        Assert.Contains("e", (IReadOnlySet<string>)lexicon.HyphenPrefixes);
        Assert.True(Examples().Count >= 15);
    }
}
