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

    private const string Strengthened = "In the face of harsh Western sanctions , Russian President Vladimir Putin and Iranian President Masoud Pezeshkian strengthened their relationship on Friday by signing a wide cooperation agreement .";

    private const string Said = "Earlier Russia 's RIA state news agency reported that the agreement had been temporarily suspended due to problems faced by Iranian partners , however Iran 's ambassador to Moscow Kazem Jalali said this was not the case , according to a statement carried by Iran 's official news agency IRNA .";

    private const string Met = "Mokhber and Putin met on Thursday in Astana , Kazakhstan 's capital , during the Shanghai Cooperation Organization summit .";

    // The dateline ("MOSCOW:") is metadata that ingestion takes off the body, so the first sentence starts after it.
    [Fact]
    public void Strengthened_their_relationship_by_signing_an_agreement()
    {
        var d = Parse(Strengthened);

        Assert.Equal(-1, d.Heads[Index(d, "strengthened")]);
        Assert.Equal(["relationship"], Dependents(d, "strengthened", "obj"));
        Assert.Equal(["agreement"], Dependents(d, "signing", "obj"));
        Assert.Equal(["signing"], Dependents(d, "strengthened", "advcl"));
        Assert.Equal("VERB", d.Upos[Index(d, "strengthened")]);
        Assert.Equal("strengthen", d.Lemmas[Index(d, "strengthened")]);
    }

    // UD (and the EWT and GUM training trees: "President Donald Trump said", nsubj Donald, flat Trump) heads a
    // multi-word name on its first word, so the subject may be "Vladimir" as well as "Putin"; Pezeshkian's name is
    // conjoined to it (Pezeshkian itself, or Masoud with Pezeshkian as its flat).
    [Fact(Skip = "Known error of the shipped beam parser: 'strengthened' gets no subject, the names hanging as an apposition of 'sanctions' (the greedy parser took 'Masoud' as its subject). The event coder reads the names before a subjectless main verb as its subject (CoderMechanicsTests).")]
    public void Putin_and_Pezeshkian_are_the_subject_of_strengthened()
    {
        var d = Parse(Strengthened);

        string subject = Assert.Single(Dependents(d, "strengthened", "nsubj"));
        Assert.Contains(subject, new[] { "Vladimir", "Putin" });
        var conjuncts = Dependents(d, subject, "conj");
        Assert.True(
            conjuncts.Contains("Pezeshkian") || (conjuncts.Contains("Masoud") && Dependents(d, "Masoud", "flat").Contains("Pezeshkian")),
            "Pezeshkian's name is not conjoined to the subject: " + string.Join(", ", conjuncts));
    }

    [Fact]
    public void This_was_not_the_case_is_the_complement_of_said()
    {
        var d = Parse(Said);

        Assert.Equal(["case"], Dependents(d, "said", "ccomp"));
        Assert.Equal(["this"], Dependents(d, "case", "nsubj"));
        Assert.Contains("not", Dependents(d, "case", "advmod"));
        Assert.Equal(["agreement"], Dependents(d, "suspended", "nsubj"));
        Assert.Equal("say", d.Lemmas[Index(d, "said")]);
    }

    [Fact(Skip = "Known error of the shipped beam parser: 'said' hangs under 'ambassador' with no subject of its own (the greedy parser took 'Moscow'; a decoding beam of 32 gets it right, docs/syntax.md). The quotes stage reads the name before the verb as its speaker (AlternativeParseQuoteTests).")]
    public void Kazem_Jalali_is_the_one_who_said_it()
    {
        var d = Parse(Said);

        var subject = Assert.Single(Dependents(d, "said", "nsubj"));
        Assert.Contains(subject, new[] { "ambassador", "Jalali" });
    }

    [Fact]
    public void Mokhber_and_Putin_met_on_Thursday()
    {
        var d = Parse(Met);

        Assert.Equal(["Mokhber"], Dependents(d, "met", "nsubj"));
        Assert.Equal(["Putin"], Dependents(d, "Mokhber", "conj"));
        Assert.Contains("Thursday", Dependents(d, "met", "obl"));
        Assert.Equal(-1, d.Heads[Index(d, "met")]);
        Assert.Equal("meet", d.Lemmas[Index(d, "met")]);
    }

    [Fact(Skip = "Known error of the shipped parser (beam and greedy alike): 'in Astana' is not attached to 'met' (the greedy parser hung it on 'Thursday').")]
    public void They_met_in_Astana()
    {
        var d = Parse(Met);

        Assert.Contains("Astana", Dependents(d, "met", "obl"));
    }
}
