using Dossier.Model;
using Dossier.Pipeline;
using Dossier.Syntax;

namespace Dossier.Tests.Syntax;

/// <summary>
/// The shipped models on the seed sentences whose key verbs later stages hang on. The tokenization is fixed here (the
/// tokenizer is tested on its own), so these tests check tagging and parsing only.
/// </summary>
public sealed class SeedSentenceParseTests
{
    private static Document Parse(string sentence)
    {
        var document = PretokenizedText.Create("seed", [sentence.Split(' ')]);
        var pipeline = new PipelineBuilder().AssumeProvided(Layer.Tokens, Layer.Sentences).UseSyntax().Build();
        Assert.True(pipeline.Process(document), string.Join("; ", document.Diagnostics));
        return document;
    }

    private static int Index(Document d, string word) => Enumerable.Range(0, d.Tokens.Count).Single(i => d.TokenText(i) == word);

    /// <summary>The words attached to <paramref name="head"/> by a relation starting with <paramref name="relation"/>.</summary>
    private static List<string> Dependents(Document d, string head, string relation)
    {
        int h = Index(d, head);
        return Enumerable.Range(0, d.Tokens.Count)
            .Where(i => d.Heads[i] == h && d.Deprels[i]!.StartsWith(relation, StringComparison.Ordinal))
            .Select(d.TokenText)
            .ToList();
    }

    [Fact]
    public void Putin_and_Pezeshkian_strengthened_their_relationship_by_signing()
    {
        var d = Parse("MOSCOW : In the face of harsh Western sanctions , Russian President Vladimir Putin and Iranian President Masoud Pezeshkian strengthened their relationship on Friday by signing a wide cooperation agreement .");

        Assert.Equal(["Putin"], Dependents(d, "strengthened", "nsubj"));
        Assert.Contains("Pezeshkian", Dependents(d, "Putin", "conj"));
        Assert.Equal(["relationship"], Dependents(d, "strengthened", "obj"));
        Assert.Equal(["agreement"], Dependents(d, "signing", "obj"));
        Assert.Equal(Index(d, "strengthened"), d.Heads[Index(d, "signing")]);
        Assert.Equal("VERB", d.Upos[Index(d, "strengthened")]);
        Assert.Equal("strengthen", d.Lemmas[Index(d, "strengthened")]);
    }

    [Fact]
    public void Kazem_Jalali_said_this_was_not_the_case()
    {
        var d = Parse("however Iran 's ambassador to Moscow Kazem Jalali said this was not the case , according to a statement carried by Iran 's official news agency IRNA .");

        var subject = Dependents(d, "said", "nsubj");
        Assert.Single(subject);
        Assert.Contains(subject[0], new[] { "ambassador", "Jalali" });
        Assert.Equal(["case"], Dependents(d, "said", "ccomp"));
        Assert.Equal(["this"], Dependents(d, "case", "nsubj"));
        Assert.Contains("not", Dependents(d, "case", "advmod"));
        Assert.Equal("say", d.Lemmas[Index(d, "said")]);
    }

    [Fact]
    public void Mokhber_and_Putin_met_on_Thursday_in_Astana()
    {
        var d = Parse("Mokhber and Putin met on Thursday in Astana , Kazakhstan 's capital , during the Shanghai Cooperation Organization summit .");

        Assert.Equal(["Mokhber"], Dependents(d, "met", "nsubj"));
        Assert.Equal(["Putin"], Dependents(d, "Mokhber", "conj"));
        Assert.Contains("Thursday", Dependents(d, "met", "obl"));
        Assert.Contains("Astana", Dependents(d, "met", "obl"));
        Assert.Equal(-1, d.Heads[Index(d, "met")]);
        Assert.Equal("meet", d.Lemmas[Index(d, "met")]);
    }
}
