using System.Runtime.CompilerServices;
using System.Text.Json;
using Dossier.Agreements;
using Dossier.Corpus;
using Dossier.Corpus.Agreements;
using Dossier.Corpus.Claims;
using Dossier.Model;
using Dossier.Pipeline;
using Dossier.Tests.Claims;
using Dossier.Tests.Entities;

namespace Dossier.Tests.Corpus.Claims;

/// <summary>
/// A corpus build keeps every article's claims until the last stage, so what one article's claims keep must not be
/// its document: on the five seed articles (a suspension reported in one and denied in another, an organisation
/// party, two undated articles) the claims read from each document must outlive it and still give the claims and
/// agreements the documents give.
/// </summary>
public sealed class ArticleClaimsTests
{
    private static readonly Lazy<Dossier.Pipeline.Pipeline> Annotator = new(() => DefaultPipeline.Create());

    private static readonly Lazy<Dictionary<string, DateOnly?>> Published = new(() => SeedDocuments.Expected().GetProperty("articles").EnumerateArray().ToDictionary(
        a => a.GetProperty("file").GetString()!,
        a => a.GetProperty("published").ValueKind == JsonValueKind.String ? DateOnly.ParseExact(a.GetProperty("published").GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : (DateOnly?)null,
        StringComparer.Ordinal));

    private static int Independent(IEnumerable<string> ids) => ids.Distinct(StringComparer.Ordinal).Count();

    [Fact]
    public void Claims_read_from_a_seed_article_keep_none_of_its_document()
    {
        // The article that reports the treaty work suspended: agreements, states and stances to quote.
        var (claims, document) = ReadAndLetGo("000_2a9e6c8df86a9554");

        Collect();

        Assert.False(document.IsAlive);
        Assert.NotEmpty(claims.Local.Agreements);
        Assert.Contains(claims.Stances, s => s.Proposition.Class == "suspend");
        string text = Temporal.TestData.Seed("000_2a9e6c8df86a9554");
        Assert.All(claims.Stances, s => Assert.Equal(s.Evidence.Slice(text), claims.Excerpts.Text(s.Evidence)));
    }

    [Fact]
    public void Combining_claims_whose_documents_are_gone_gives_the_claims_and_agreements_of_the_documents()
    {
        var ids = Published.Value.Keys.Order(StringComparer.Ordinal).ToList();
        var read = new List<ArticleClaims>();
        var documents = new List<WeakReference>();
        foreach (string id in ids)
        {
            var (claims, document) = ReadAndLetGo(id);
            read.Add(claims);
            documents.Add(document);
        }

        Collect();
        var (claimList, agreements) = ClaimsAndAgreements.Default.Combine(read, Independent);
        var full = ClaimsAndAgreements.Default.Build([.. ids.Select(id => new CorpusArticle(id, Annotate(id)))], Independent);

        Assert.All(documents, d => Assert.False(d.IsAlive));
        Assert.Equal(full.Claims.Select(ClaimJson.ToJson), claimList.Select(ClaimJson.ToJson));
        Assert.Equal(full.Agreements.Select(AgreementJson.ToJson), agreements.Select(AgreementJson.ToJson));
        var suspended = Assert.Single(claimList, c => c.Predicate == "suspend");
        Assert.Equal(ClaimStatus.Disputed, suspended.Status);
        Assert.Contains(agreements, a => a.PartyNames.Contains("Eurasian Economic Union"));
        // Every quoted sentence is the article's own words at its offsets.
        var evidence = claimList.SelectMany(c => c.Stances.SelectMany(s => new[] { s.Evidence, s.Proposition }.OfType<ArticleEvidence>()))
            .Concat(agreements.SelectMany(a => a.History.SelectMany(h => h.Evidence).Concat(a.Provisions.Select(p => p.Evidence))))
            .ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, e => Assert.Equal(Temporal.TestData.Seed(e.Article)[e.Start..e.End], e.Text));
    }

    [Fact]
    public void An_article_with_no_agreement_and_no_stance_keeps_only_shared_empty_values()
    {
        var quiet = ClaimsAndAgreements.Default.Read(new CorpusArticle("e-quiet", Parsed.Doc("The DET 2 det\nriver NOUN 3 nsubj\nflows VERB 0 root flow\n. PUNCT 3 punct")));
        var accusing = ClaimsAndAgreements.Default.Read(new CorpusArticle("c-accusation", Parsed.Doc(Sentences.Accusation)
            .Entity("Gondor", "GPE", "ent:GON").Entity("Arnor", "GPE", "ent:ARN").Entity("Rohan", "GPE", "ent:ROH").Entity("Arnor", "GPE", "ent:ARN", 1)));

        Assert.Same(ArticleExcerpts.Empty, quiet.Excerpts);
        Assert.Same(ArticleAgreements.Empty, quiet.Local);
        Assert.Empty(quiet.Stances);
        Assert.NotEmpty(accusing.Stances);
        Assert.NotSame(ArticleExcerpts.Empty, accusing.Excerpts);
    }

    /// <summary>Annotates a seed article and reads its claims in a frame of its own, so that only the claims stay reachable.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (ArticleClaims Claims, WeakReference Document) ReadAndLetGo(string id)
    {
        var document = Annotate(id);
        return (ClaimsAndAgreements.Default.Read(new CorpusArticle(id, document)), new WeakReference(document));
    }

    private static Document Annotate(string id)
    {
        var document = new Document(id, Temporal.TestData.Seed(id), new ArticleMetadata { Source = id, Published = Published.Value[id] });
        Annotator.Value.Process(document);
        return document;
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
