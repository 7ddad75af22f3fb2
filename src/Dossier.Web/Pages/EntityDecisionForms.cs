using Dossier.Corpus;
using Dossier.Corpus.Entities;
using Dossier.Storage;
using Dossier.Web.Html;
using Dossier.Web.Http;
using Dossier.Web.Storage;
using Microsoft.AspNetCore.Antiforgery;

namespace Dossier.Web.Pages;

/// <summary>
/// The entity page's corrections: each post (anti-forgery checked) stores an analyst decision in the store's audit
/// trail, exactly as <c>dossier entities rename|merge|delete</c> do, and rebuilds the corpus snapshot so every page shows it.
/// </summary>
internal static class EntityDecisionForms
{
    public static Task<IResult> Rename(HttpContext context, IAntiforgery antiforgery, WebSettings settings, DocumentCache store, string id) =>
        Decide(context, antiforgery, settings, store, id, (form, target, _) =>
        {
            string name = form["name"].ToString().Trim();
            return name.Length == 0 || name.Length > 200
                ? (null, "the new name must have 1 to 200 characters.")
                : (new EntityDecision(EntityDecision.Rename, target.Id) { Name = name }, null);
        });

    public static Task<IResult> Merge(HttpContext context, IAntiforgery antiforgery, WebSettings settings, DocumentCache store, string id) =>
        Decide(context, antiforgery, settings, store, id, (form, target, entities) =>
        {
            string key = form["other"].ToString().Trim();
            IReadOnlyList<CorpusEntity> found = key.Length == 0 ? [] : EntityLookup.Find(entities, key);
            if (found.Count != 1)
            {
                return (null, found.Count == 0
                    ? $"'{key}' names no entity; give another entity's id or name as the Entities page lists them."
                    : $"'{key}' is ambiguous ({string.Join(", ", found.Select(f => $"{f.Id} {f.Name}"))}); give the id.");
            }

            return found[0].Id == target.Id
                ? (null, "an entity cannot be merged into itself.")
                : (new EntityDecision(EntityDecision.Merge, target.Id) { Others = [found[0].Id] }, null);
        });

    public static Task<IResult> Delete(HttpContext context, IAntiforgery antiforgery, WebSettings settings, DocumentCache store, string id) =>
        Decide(context, antiforgery, settings, store, id, (_, target, _) => (new EntityDecision(EntityDecision.Delete, target.Id), null));

    private static async Task<IResult> Decide(HttpContext context, IAntiforgery antiforgery, WebSettings settings, DocumentCache store, string id,
        Func<IFormCollection, CorpusEntity, IReadOnlyList<CorpusEntity>, (EntityDecision? Decision, string? Error)> decide)
    {
        var (form, problem) = await FormGuard.ReadAsync(context, antiforgery, settings).ConfigureAwait(false);
        if (form is null)
        {
            return problem!;
        }

        if (store.Store is not SynchronizedArticleStore { KeepsDecisions: true } decisions)
        {
            return Problems.Result(context, 400, "DOS1144", "Decisions not kept", "this store keeps no entity decisions.");
        }

        var entities = store.Corpus(CorpusParts.Entities).Entities;
        if (EntityDecisionApplier.Find(entities, id) is not { } target)
        {
            return Problems.NoSuch(context, "DOS1139", "entity", id, "/entities");
        }

        var (decision, error) = decide(form, target, entities);
        if (decision is null)
        {
            return Problems.Result(context, 400, "DOS1143", "Bad correction", error!);
        }

        string reason = form["reason"].ToString().Trim();
        var stored = decisions.AddEntityDecision(decision with { By = "web", Reason = reason.Length == 0 ? null : reason[..Math.Min(500, reason.Length)] });
        CorpusService.Rebuild(store.Store);
        var snapshot = store.Store.LoadCorpus(CorpusParts.Entities);
        string next = decision.Kind == EntityDecision.Delete || EntityDecisionApplier.Find(snapshot.Entities, target.Id) is null
            ? "/entities"
            : Url.WithQuery(Url.Path("entities", target.Id), ("decision", stored.Sequence));
        return new SeeOther(next);
    }
}
