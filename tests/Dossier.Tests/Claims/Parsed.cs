using System.Globalization;
using System.Text;
using Dossier.Events.Petrarch;
using Dossier.Model;

namespace Dossier.Tests.Claims;

/// <summary>
/// Builds a document from a compact hand-written UD parse, so the claim and agreement mechanics are tested on a
/// known parse (with fictional places, as PETRARCH's own tests do) rather than on whatever the parser says: one word
/// per line as <c>FORM UPOS HEAD DEPREL [LEMMA [XPOS]]</c> (1-based heads, 0 = root), sentences separated by a
/// line <c>--</c>.
/// </summary>
internal static class Parsed
{
    public static Document Doc(string rows, DateOnly? published = null)
    {
        var conllu = new StringBuilder();
        int n = 0;
        foreach (string raw in rows.Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line == "--")
            {
                conllu.Append('\n');
                n = 0;
                continue;
            }

            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string lemma = f.Length > 4 ? f[4] : f[0].ToLowerInvariant();
            string xpos = f.Length > 5 ? f[5] : "_";
            conllu.Append(CultureInfo.InvariantCulture, $"{++n}\t{f[0]}\t{lemma}\t{f[1]}\t{xpos}\t_\t{f[2]}\t{f[3]}\t_\t_\n");
        }

        return ConlluDocument.Build("test", conllu.ToString(), published);
    }

    /// <summary>Adds an entity mention over the <paramref name="nth"/> occurrence (from 0) of <paramref name="text"/>.</summary>
    public static Document Entity(this Document doc, string text, string type, string id, int nth = 0)
    {
        int at = Find(doc, text, nth);
        doc.Entities.Add(new EntityMention(at, at + text.Length, type, id));
        return doc;
    }

    /// <summary>Adds a DATE expression over <paramref name="text"/> with the value the temporal stage gave it.</summary>
    public static Document Timex(this Document doc, string text, string? value, string type = "DATE")
    {
        int at = Find(doc, text, 0);
        doc.Timexes.Add(new TimexMention(at, at + text.Length, type, value) { Sentence = doc.SentenceAt(at) });
        return doc;
    }

    public static int Find(Document doc, string text, int nth)
    {
        int at = -1;
        for (int i = 0; i <= nth; i++)
        {
            at = doc.Text.IndexOf(text, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{text}' (#{nth}) is not in '{doc.Text}'");
        }

        return at;
    }
}
