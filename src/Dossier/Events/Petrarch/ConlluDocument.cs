using Dossier.Formats.Conllu;
using Dossier.Model;

namespace Dossier.Events.Petrarch;

/// <summary>
/// Builds a one-sentence <see cref="Document"/> from a CoNLL-U parse: the words joined by single spaces are the text,
/// and the parse's UPOS, XPOS, lemmas, heads and relations fill the document's arrays, so the coder runs on a gold
/// parse exactly as it runs on our parser's output.
/// </summary>
public static class ConlluDocument
{
    public static Document Build(string id, string conllu, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(conllu);
        var sentences = ConlluReader.Read(new StringReader(conllu.Trim('\n', '\r', ' ') + "\n"), id).ToList();
        var words = sentences.SelectMany(s => s.Words).ToList();
        var text = new System.Text.StringBuilder();
        var tokens = new Token[words.Count];
        var spans = new Sentence[sentences.Count];
        int w = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            int first = w;
            int start = text.Length;
            foreach (var word in sentences[s].Words)
            {
                if (text.Length > 0)
                {
                    text.Append(' ');
                }

                int at = text.Length;
                text.Append(word.Form.Length == 0 ? "_" : word.Form);
                tokens[w++] = new Token(at, text.Length, s);
            }

            spans[s] = new Sentence(tokens[first].Start, text.Length, first, w - first);
            _ = start;
        }

        var doc = new Document(id, text.ToString(), new ArticleMetadata { Published = published, Source = id });
        doc.SetTokens(tokens, spans);
        w = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            int first = w;
            foreach (var word in sentences[s].Words)
            {
                doc.Upos[w] = word.Upos;
                doc.Xpos[w] = word.Xpos;
                doc.Lemmas[w] = word.Lemma;
                doc.Deprels[w] = word.Deprel;
                doc.Heads[w] = word.Head <= 0 ? -1 : first + word.Head - 1;
                w++;
            }
        }

        foreach (var layer in new[] { Layer.Tokens, Layer.Sentences, Layer.PartsOfSpeech, Layer.Lemmas, Layer.Dependencies })
        {
            doc.Layers.Add(layer);
        }

        return doc;
    }
}
