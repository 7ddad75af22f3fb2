using Dossier.Model;
using Dossier.Storage;

namespace Dossier.Corpus.Entities;

/// <summary>
/// What the evidence view compares of an article by entity: each unit it is cited by (<see cref="SearchUnits"/>: its
/// sentences, else its lines) that holds a mention with an entity id, in text order, with the ids of its mentions in
/// the order each first occurs. Kept in the article's corpus record, so that comparing a passage with hundreds of
/// articles does not load their documents.
/// </summary>
/// <param name="Units">The units with an entity, in text order.</param>
public sealed record ArticleEntityUnits(IReadOnlyList<EntityUnit> Units)
{
    /// <summary>
    /// The units of a document: a mention belongs to the last unit that starts at or before it, when that unit covers
    /// it whole; a mention no unit covers is left out.
    /// </summary>
    public static ArticleEntityUnits Of(Document doc, StringPool? pool = null)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var units = SearchUnits.Of(doc);
        var ids = new SortedDictionary<int, List<string>>();
        foreach (var m in doc.Entities)
        {
            if (m.EntityId is not { } id || UnitOf(units, m.Start, m.End) is not int unit)
            {
                continue;
            }

            if (!ids.TryGetValue(unit, out var list))
            {
                ids.Add(unit, list = []);
            }

            if (!list.Contains(id, StringComparer.Ordinal))
            {
                list.Add(pool?.Share(id) ?? id);
            }
        }

        return new ArticleEntityUnits([.. ids.Select(p => new EntityUnit(units[p.Key].Start, units[p.Key].End, p.Value))]);
    }

    /// <summary>The index of the unit that covers a span: the last one starting at or before it, if it reaches its end.</summary>
    private static int? UnitOf(List<(int Start, int End)> units, int start, int end)
    {
        int lo = 0, hi = units.Count - 1, at = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (units[mid].Start <= start)
            {
                at = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return at >= 0 && end <= units[at].End ? at : null;
    }
}

/// <summary>A unit of an article's text (a sentence or a line) and the entity ids of its mentions, each once, in the order each first occurs.</summary>
public sealed record EntityUnit(int Start, int End, IReadOnlyList<string> Entities);
