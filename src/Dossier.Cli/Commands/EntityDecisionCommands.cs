using System.CommandLine;
using System.Globalization;
using Dossier.Corpus;
using Dossier.Corpus.Entities;
using Dossier.Storage;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier entities merge|split|rename|delete|decisions</c>: analysts' corrections, stored in the store's audit
/// trail and re-applied after every ingest. Each names entities by id, name, alias or surname (as
/// <c>dossier entities</c> lists them) and records the id they resolve to.
/// </summary>
internal static class EntityDecisionCommands
{
    public static Command Merge()
    {
        var entity = new Argument<string>("ENTITY") { Description = "The entity that stays (id, name or alias)." };
        var others = new Argument<string[]>("OTHER") { Description = "The entities that become part of it.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("merge", "Merge entities: the OTHERs become part of ENTITY (one person named differently across articles).") { entity, others };
        return WithDecision(command, (parse, entities) =>
        {
            var target = EntityStore.Resolve(entities, parse.GetValue(entity)!);
            var rest = parse.GetValue(others)!.Select(o => EntityStore.Resolve(entities, o)).ToList();
            return target is null || rest.Any(r => r is null)
                ? null
                : new EntityDecision(EntityDecision.Merge, target.Id) { Others = rest.Select(r => r!.Id).ToList() };
        });
    }

    public static Command Split()
    {
        var entity = new Argument<string>("ENTITY") { Description = "The entity whose mentions are split off (id, name or alias)." };
        var name = new Argument<string>("NAME") { Description = "The name whose mentions become an entity of their own." };
        var article = new Option<string?>("--article") { Description = "Only the mentions in this article (id or source)." };
        var command = new Command("split", "Split an entity: its mentions named NAME (in one article with --article) become a separate entity.") { entity, name, article };
        return WithDecision(command, (parse, entities, store) =>
        {
            var target = EntityStore.Resolve(entities, parse.GetValue(entity)!);
            string? articleKey = parse.GetValue(article);
            string? articleId = null;
            if (articleKey is not null)
            {
                articleId = store.FindArticle(articleKey)?.Id;
                if (articleId is null)
                {
                    Consoles.Error($"--article {articleKey}: no such article; list them with 'dossier articles'");
                    return null;
                }
            }

            return target is null ? null : new EntityDecision(EntityDecision.Split, target.Id) { Name = parse.GetValue(name), Article = articleId };
        });
    }

    public static Command Rename()
    {
        var entity = new Argument<string>("ENTITY") { Description = "The entity to rename (id, name or alias)." };
        var name = new Argument<string>("NAME") { Description = "Its new name (the old one stays an alias)." };
        var command = new Command("rename", "Rename an entity; the old name stays an alias.") { entity, name };
        return WithDecision(command, (parse, entities) =>
        {
            var target = EntityStore.Resolve(entities, parse.GetValue(entity)!);
            string newName = parse.GetValue(name)!.Trim();
            if (newName.Length == 0)
            {
                Consoles.Error("NAME: the new name is empty");
                return null;
            }

            return target is null ? null : new EntityDecision(EntityDecision.Rename, target.Id) { Name = newName };
        });
    }

    public static Command Delete()
    {
        var entity = new Argument<string>("ENTITY") { Description = "The entity that is not one (id, name or alias)." };
        var command = new Command("delete", "Delete an entity the tagger invented (a photo credit, a headline word); it is no longer listed.") { entity };
        return WithDecision(command, (parse, entities) =>
        {
            var target = EntityStore.Resolve(entities, parse.GetValue(entity)!);
            return target is null ? null : new EntityDecision(EntityDecision.Delete, target.Id);
        });
    }

    public static Command Decisions()
    {
        var db = CommonOptions.Db();
        var format = CommonOptions.Format("table (for people) or json.", "table", "json");
        var command = new Command("decisions", "The audit trail: every entity decision, who took it and when, and what it did when last re-applied.") { db, format };
        command.SetAction(parse =>
        {
            using var store = StoreFactory.OpenExisting(parse.GetValue(db)!);
            if (store is null)
            {
                return ExitCodes.Usage;
            }

            if (store is not IEntityDecisionStore decisions)
            {
                Consoles.Error("this store keeps no entity decisions");
                return ExitCodes.Usage;
            }

            var outcomes = store.LoadCorpus(CorpusParts.Core).DecisionOutcomes;
            var list = decisions.EntityDecisions();
            if (parse.GetValue(format) == "json")
            {
                Console.WriteLine(EntityOutput.Json(list.Select(d => new
                {
                    sequence = d.Sequence,
                    at = d.At.ToString("O", CultureInfo.InvariantCulture),
                    by = d.By,
                    kind = d.Kind,
                    entity = d.Entity,
                    others = d.Others,
                    name = d.Name,
                    article = d.Article,
                    reason = d.Reason,
                    outcome = outcomes.GetValueOrDefault(d.Sequence),
                })));
                return ExitCodes.Success;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumns("#", "at", "by", "decision", "reason", "outcome");
            foreach (var d in list)
            {
                table.AddRow(
                    Cells.Of(d.Sequence.ToString(CultureInfo.InvariantCulture)),
                    Cells.Of(d.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
                    Cells.Of(d.By),
                    Cells.Of(Describe(d)),
                    Cells.Of(d.Reason),
                    Cells.Of(outcomes.GetValueOrDefault(d.Sequence) ?? "not yet applied"));
            }

            Consoles.Out().Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A decision in words: "merge ent:a ← ent:b, ent:c".</summary>
    public static string Describe(EntityDecision d) => d.Kind switch
    {
        EntityDecision.Merge => $"merge {d.Entity} <- {string.Join(", ", d.Others)}",
        EntityDecision.Split => $"split '{d.Name}' off {d.Entity}{(d.Article is null ? string.Empty : " in " + d.Article)}",
        EntityDecision.Rename => $"rename {d.Entity} to '{d.Name}'",
        _ => $"{d.Kind} {d.Entity}",
    };

    private static Command WithDecision(Command command, Func<ParseResult, IReadOnlyList<CorpusEntity>, EntityDecision?> decide) =>
        WithDecision(command, (parse, entities, _) => decide(parse, entities));

    // Adds --db, --reason and --by, resolves the names, stores the decision and re-applies every decision at once.
    private static Command WithDecision(Command command, Func<ParseResult, IReadOnlyList<CorpusEntity>, IArticleStore, EntityDecision?> decide)
    {
        var db = CommonOptions.Db();
        var reason = new Option<string?>("--reason") { Description = "Why (kept in the audit trail)." };
        var by = new Option<string?>("--by") { Description = "Who decides (default: $USER)." };
        command.Add(db);
        command.Add(reason);
        command.Add(by);
        command.SetAction(parse =>
        {
            using var store = StoreFactory.OpenExisting(parse.GetValue(db)!);
            if (store is null)
            {
                return ExitCodes.Usage;
            }

            if (store is not IEntityDecisionStore decisions)
            {
                Consoles.Error("this store keeps no entity decisions");
                return ExitCodes.Usage;
            }

            var decision = decide(parse, EntityStore.Load(store).Entities, store);
            if (decision is null)
            {
                return ExitCodes.Usage;
            }

            var stored = decisions.AddEntityDecision(decision with
            {
                Reason = parse.GetValue(reason),
                By = parse.GetValue(by) ?? Environment.GetEnvironmentVariable("USER") ?? "analyst",
            });
            CorpusService.Rebuild(store);
            var snapshot = store.LoadCorpus(CorpusParts.Core);
            Console.WriteLine($"decision {stored.Sequence}: {Describe(stored)}: {snapshot.DecisionOutcomes.GetValueOrDefault(stored.Sequence) ?? "not applied"}");
            return ExitCodes.Success;
        });
        return command;
    }
}
