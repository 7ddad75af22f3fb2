using Dossier.Events.Petrarch;
using Dossier.Model;

namespace Dossier.Tests.Events;

/// <summary>
/// Builds a one-sentence document from a compact hand-written UD parse: one word per line as
/// <c>FORM UPOS HEAD DEPREL [LEMMA]</c> (1-based heads, 0 = root), the lemma defaulting to the lower-cased form.
/// </summary>
internal static class Ud
{
    public static Document Parse(string rows, DateOnly? date = null)
    {
        var lines = rows.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var conllu = new System.Text.StringBuilder();
        for (int i = 0; i < lines.Length; i++)
        {
            var f = lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string lemma = f.Length > 4 ? f[4] : f[0].ToLowerInvariant();
            conllu.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1}\t{f[0]}\t{lemma}\t{f[1]}\t_\t_\t{f[2]}\t{f[3]}\t_\t_\n");
        }

        return ConlluDocument.Build("test", conllu.ToString(), date);
    }

    /// <summary>"Tehran has denied giving Moscow drones", Tehran and Moscow resolved to their countries, events not yet coded.</summary>
    public static Document TehranDeniedGivingMoscowDrones() => Parse("""
        Tehran PROPN 3 nsubj Tehran
        has AUX 3 aux have
        denied VERB 0 root deny
        giving VERB 3 xcomp give
        Moscow PROPN 4 iobj Moscow
        drones NOUN 4 obj drone
        """).WithEntity("Tehran", "GPE", "ent:IRN").WithEntity("Moscow", "GPE", "ent:RUS");

    /// <summary>Adds an entity mention over the first occurrence of <paramref name="text"/>.</summary>
    public static Document WithEntity(this Document doc, string text, string type, string entityId)
    {
        int at = doc.Text.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{text}' is not in '{doc.Text}'");
        doc.Entities.Add(new EntityMention(at, at + text.Length, type, entityId));
        return doc;
    }
}
