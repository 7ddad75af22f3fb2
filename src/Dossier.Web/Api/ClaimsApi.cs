using Dossier.Corpus;
using Dossier.Corpus.Agreements;
using Dossier.Corpus.Claims;
using Dossier.Web.Http;
using Dossier.Web.Storage;

namespace Dossier.Web.Api;

/// <summary><c>/api/claims</c> and <c>/api/agreements</c>: claims with every source's stance, and agreements with their state history (contract §2 objects).</summary>
internal static class ClaimsApi
{
    private static readonly string[] Statuses = [ClaimStatus.Disputed, ClaimStatus.Denied, ClaimStatus.Asserted, ClaimStatus.Confirmed, ClaimStatus.Unresolved];

    public static RouteGroupBuilder MapClaimsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/claims", Claims).WithTags("Claims").WithName("ListClaims")
            .WithSummary("Claims (disputed first), each with its stances: by, by_text, position, article, start, end, sentence, date; " +
                "filters: status (asserted, denied, disputed, confirmed, unresolved), about (text in the proposition, a source or the evidence), story; paged.")
            .Produces(200, contentType: "application/json").ProducesProblem(400).ProducesProblem(404);
        api.MapGet("/claims/{id}", GetClaim).WithTags("Claims").WithName("GetClaim").WithSummary("One claim with every stance.")
            .Produces(200, contentType: "application/json").ProducesProblem(404);
        api.MapGet("/agreements", Agreements).WithTags("Agreements").WithName("ListAgreements")
            .WithSummary("Agreements (most reported first) with parties, status, signing date, term and the dated history of their states; filters: party, status; paged.")
            .Produces(200, contentType: "application/json").ProducesProblem(400);
        api.MapGet("/agreements/{id}", GetAgreement).WithTags("Agreements").WithName("GetAgreement").WithSummary("One agreement with its history and provisions.")
            .Produces(200, contentType: "application/json").ProducesProblem(404);
        return api;
    }

    /// <summary>Claims in the order the Disputes page shows them: disputed first, then by how many stances they carry.</summary>
    internal static IEnumerable<Claim> Ordered(IEnumerable<Claim> claims) =>
        claims.OrderBy(c => Array.IndexOf(Statuses, c.Status) is var i && i < 0 ? Statuses.Length : i).ThenByDescending(c => c.Stances.Count).ThenBy(c => c.Id, StringComparer.Ordinal);

    /// <summary>The claims a status, a text and a story select, or a problem for a status that does not exist or an unknown story.</summary>
    internal static IReadOnlyList<Claim>? Select(HttpContext context, DocumentCache store, string? status, string? about, string? story, out IResult? problem)
    {
        problem = null;
        if (status is not null && !Statuses.Contains(status, StringComparer.Ordinal))
        {
            problem = Problems.Result(context, 400, "DOS1142", "Bad filter", $"status must be one of {string.Join(", ", Statuses)} (got status={status}).");
            return null;
        }

        var corpus = store.Corpus(CorpusParts.Core);
        HashSet<string>? members = null;
        if (!string.IsNullOrEmpty(story))
        {
            if (corpus.Stories.FirstOrDefault(s => s.Id == story) is not { } found)
            {
                problem = Problems.NoSuch(context, "DOS1135", "story", story, "/api/stories");
                return null;
            }

            members = new HashSet<string>(found.Articles, StringComparer.Ordinal);
        }

        return [.. Ordered(corpus.Claims)
            .Where(c => status is null || c.Status == status)
            .Where(c => string.IsNullOrEmpty(about) || ClaimFilter.Matches(c, about))
            .Where(c => members is null || c.Sources.Any(members.Contains))];
    }

    private static IResult Claims(HttpContext context, DocumentCache store, string? status, string? about, string? story)
    {
        if (PageRequest.Parse(context, out var problem) is not { } page)
        {
            return problem!;
        }

        return Select(context, store, status, about, story, out problem) is { } claims ? JsonPage.Page(context, page, claims, ClaimJson.Write) : problem!;
    }

    private static IResult GetClaim(HttpContext context, DocumentCache store, string id) =>
        store.Corpus(CorpusParts.Core).Claims.FirstOrDefault(c => c.Id == id) is { } claim
            ? JsonPage.One(w => ClaimJson.Write(w, claim))
            : Problems.NoSuch(context, "DOS1137", "claim", id, "/api/claims");

    private static IResult Agreements(HttpContext context, DocumentCache store, string? party, string? status)
    {
        if (PageRequest.Parse(context, out var problem) is not { } page)
        {
            return problem!;
        }

        var items = Ordered(store.Corpus(CorpusParts.Core).Agreements)
            .Where(a => party is null || a.Parties.Contains(party, StringComparer.Ordinal) || a.PartyNames.Any(n => ArticlesApi.Contains(n, party)))
            .Where(a => status is null || string.Equals(a.Status, status, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return JsonPage.Page(context, page, items, AgreementJson.Write);
    }

    private static IResult GetAgreement(HttpContext context, DocumentCache store, string id) =>
        store.Corpus(CorpusParts.Core).Agreements.FirstOrDefault(a => a.Id == id) is { } agreement
            ? JsonPage.One(w => AgreementJson.Write(w, agreement))
            : Problems.NoSuch(context, "DOS1138", "agreement", id, "/api/agreements");

    /// <summary>Agreements with the most reporting articles first, then those with the longest history.</summary>
    internal static IEnumerable<Agreement> Ordered(IEnumerable<Agreement> agreements) =>
        agreements.OrderByDescending(a => a.Sources.Count).ThenByDescending(a => a.History.Count).ThenBy(a => a.Id, StringComparer.Ordinal);
}
