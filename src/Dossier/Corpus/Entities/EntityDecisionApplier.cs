using Dossier.Entities.Kb;

namespace Dossier.Corpus.Entities;

/// <summary>
/// Re-applies analysts' decisions, in sequence order, to automatically resolved corpus entities. A decision that no
/// longer applies (its entity is gone from the corpus, or a split finds no such mention) is skipped and reported;
/// it stays in the audit trail and applies again if the entity comes back.
/// </summary>
public static class EntityDecisionApplier
{
    public static (IReadOnlyList<CorpusEntity> Entities, IReadOnlyDictionary<long, string> Outcomes) Apply(
        IReadOnlyList<CorpusEntity> entities, IEnumerable<EntityDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(decisions);
        var current = entities.ToList();
        var outcomes = new Dictionary<long, string>();
        foreach (var d in decisions.OrderBy(d => d.Sequence))
        {
            outcomes[d.Sequence] = ApplyOne(current, d);
        }

        return (current.OrderBy(e => e.Id, StringComparer.Ordinal).ToList(), outcomes);
    }

    /// <summary>The entity an id names: its own id, or the id of a per-article entity folded into it.</summary>
    public static CorpusEntity? Find(IReadOnlyList<CorpusEntity> entities, string id)
    {
        ArgumentNullException.ThrowIfNull(entities);
        return entities.FirstOrDefault(e => e.Id == id) ?? entities.FirstOrDefault(e => e.MemberIds.Contains(id, StringComparer.Ordinal));
    }

    private static string ApplyOne(List<CorpusEntity> entities, EntityDecision d)
    {
        var target = Find(entities, d.Entity);
        if (target is null)
        {
            return $"skipped: {d.Entity} is not in the corpus";
        }

        switch (d.Kind)
        {
            case EntityDecision.Delete:
                entities.Remove(target);
                return "applied";
            case EntityDecision.Rename when !string.IsNullOrWhiteSpace(d.Name):
                Replace(entities, target, target with
                {
                    Name = d.Name!,
                    Aliases = target.Aliases.Append(target.Name).Where(a => a != d.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                });
                return "applied";
            case EntityDecision.Merge:
                return Merge(entities, target, d);
            case EntityDecision.Split when !string.IsNullOrWhiteSpace(d.Name):
                return Split(entities, target, d);
            default:
                return $"skipped: '{d.Kind}' needs {(d.Kind is EntityDecision.Rename or EntityDecision.Split ? "a name" : "a known kind")}";
        }
    }

    private static string Merge(List<CorpusEntity> entities, CorpusEntity target, EntityDecision d)
    {
        var merged = target;
        var missing = new List<string>();
        foreach (string other in d.Others)
        {
            var o = Find(entities, other);
            if (o is null)
            {
                missing.Add(other);
                continue;
            }

            if (ReferenceEquals(o, merged) || o.Id == merged.Id)
            {
                continue;
            }

            entities.Remove(o);
            merged = merged with
            {
                Country = merged.Country ?? o.Country,
                Code = merged.Code ?? o.Code,
                Aliases = merged.Aliases.Concat(o.Aliases).Append(o.Name).Where(a => a != merged.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                MemberIds = merged.MemberIds.Concat(o.MemberIds).Append(o.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                Roles = merged.Roles.Concat(o.Roles).Distinct().ToList(),
                Mentions = merged.Mentions.Concat(o.Mentions).Distinct().OrderBy(m => m.Article, StringComparer.Ordinal).ThenBy(m => m.Start).ToList(),
                InKnowledgeBase = merged.InKnowledgeBase || o.InKnowledgeBase,
            };
        }

        Replace(entities, Find(entities, target.Id)!, merged);
        return missing.Count == 0 ? "applied" : $"applied; not in the corpus: {string.Join(", ", missing)}";
    }

    private static string Split(List<CorpusEntity> entities, CorpusEntity target, EntityDecision d)
    {
        string key = NameNormalizer.Normalize(d.Name!);
        bool Matches(CorpusMention m) =>
            NameNormalizer.Normalize(m.Text) == key && (d.Article is null || m.Article == d.Article);
        var moved = target.Mentions.Where(Matches).ToList();
        if (moved.Count == 0)
        {
            return $"skipped: {target.Id} has no mention '{d.Name}'{(d.Article is null ? string.Empty : " in " + d.Article)}";
        }

        if (moved.Count == target.Mentions.Count)
        {
            return $"skipped: every mention of {target.Id} is '{d.Name}'; rename it instead";
        }

        string prefix = target.Id.StartsWith("ent:person:", StringComparison.Ordinal) ? "ent:person:" : "ent:split:";
        string id = prefix + NameNormalizer.Slug(d.Name!);
        for (int k = 2; entities.Any(e => e.Id == id); k++)
        {
            id = prefix + NameNormalizer.Slug(d.Name!) + "-" + k.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var movedArticles = moved.Select(m => m.Article).ToHashSet(StringComparer.Ordinal);
        var kept = target.Mentions.Except(moved).ToList();
        var keptArticles = kept.Select(m => m.Article).ToHashSet(StringComparer.Ordinal);
        Replace(entities, target, target with
        {
            Mentions = kept,
            Aliases = target.Aliases.Where(a => kept.Any(m => m.Text == a) || NameNormalizer.Normalize(a) != key).ToList(),
            Roles = target.Roles.Where(r => r.Article is null || keptArticles.Contains(r.Article)).ToList(),
        });
        entities.Add(new CorpusEntity(id, moved[0].Text, target.Type)
        {
            Country = null,
            Aliases = moved.Select(m => m.Text).Where(t => t != moved[0].Text).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            MemberIds = [id],
            Roles = target.Roles.Where(r => r.Article is not null && movedArticles.Contains(r.Article) && !keptArticles.Contains(r.Article)).ToList(),
            Mentions = moved,
        });
        return $"applied: {moved.Count} mention(s) now {id}";
    }

    private static void Replace(List<CorpusEntity> entities, CorpusEntity old, CorpusEntity replacement) =>
        entities[entities.IndexOf(old)] = replacement;
}
