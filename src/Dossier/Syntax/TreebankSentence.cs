using Dossier.Formats.Conllu;

namespace Dossier.Syntax;

/// <summary>
/// One sentence of syntactic words with their gold (or predicted) annotations, as the tagger, lemmatizer and parser
/// see it. <see cref="Heads"/> are 0-based word indexes within the sentence, -1 for the root.
/// </summary>
public sealed class TreebankSentence
{
    public TreebankSentence(string[] forms, string[] lemmas, string[] upos, string[] xpos, int[] heads, string[] deprels, string? documentId = null)
    {
        ArgumentNullException.ThrowIfNull(forms);
        Forms = forms;
        Lemmas = lemmas;
        Upos = upos;
        Xpos = xpos;
        Heads = heads;
        Deprels = deprels;
        DocumentId = documentId;
    }

    public string[] Forms { get; }

    public string[] Lemmas { get; }

    public string[] Upos { get; }

    public string[] Xpos { get; }

    public int[] Heads { get; }

    public string[] Deprels { get; }

    /// <summary>The document this sentence belongs to (from <c># newdoc id</c>, carried forward).</summary>
    public string? DocumentId { get; }

    public int Length => Forms.Length;

    /// <summary>Reads the syntactic words of a CoNLL-U file (multiword tokens are split into their words).</summary>
    public static List<TreebankSentence> ReadConllu(string path)
    {
        var result = new List<TreebankSentence>();
        string? doc = null;
        foreach (var s in ConlluReader.ReadFile(path))
        {
            doc = s.DocumentId ?? doc;
            var words = s.Words;
            int n = words.Count;
            var forms = new string[n];
            var lemmas = new string[n];
            var upos = new string[n];
            var xpos = new string[n];
            var heads = new int[n];
            var deprels = new string[n];
            for (int i = 0; i < n; i++)
            {
                var w = words[i];
                forms[i] = w.Form;
                lemmas[i] = w.Lemma;
                upos[i] = w.Upos;
                xpos[i] = w.Xpos;
                heads[i] = w.Head - 1;
                deprels[i] = w.Deprel;
            }

            result.Add(new TreebankSentence(forms, lemmas, upos, xpos, heads, deprels, doc));
        }

        return result;
    }
}
