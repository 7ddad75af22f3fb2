using Dossier.Events;
using Dossier.Model;

namespace Dossier.Tests.Events;

/// <summary>A sentence's graph offers exactly the document's mentions that overlap the sentence, in document order.</summary>
public sealed class SentenceGraphEntitiesTests
{
    [Fact]
    public void Lists_the_mentions_overlapping_the_sentence_in_document_order()
    {
        const string text = "Iran met Russia. Putin thanked Tehran and Moscow. Peskov agreed.";
        var doc = new Document("d", text);
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        foreach (var (start, end) in new[] { (0, 16), (17, 49), (50, 64) })
        {
            int first = tokens.Count;
            int at = start;
            foreach (string word in text[start..end].Split(' '))
            {
                string w = word.TrimEnd('.');
                tokens.Add(new Token(at, at + w.Length, sentences.Count));
                if (w.Length < word.Length)
                {
                    tokens.Add(new Token(at + w.Length, at + word.Length, sentences.Count));
                }

                at += word.Length + 1;
            }

            sentences.Add(new Sentence(start, end, first, tokens.Count - first));
        }

        doc.SetTokens([.. tokens], [.. sentences]);
        EntityMention Mention(string name, string type) => new(text.IndexOf(name, StringComparison.Ordinal), text.IndexOf(name, StringComparison.Ordinal) + name.Length, type);
        var iran = Mention("Iran", "GPE");
        var moscow = Mention("Moscow", "GPE");
        var putin = Mention("Putin", "PERSON");
        var tehran = Mention("Tehran", "GPE");
        var peskov = Mention("Peskov", "PERSON");
        doc.Entities.AddRange([iran, moscow, putin, tehran, peskov]);

        Assert.Equal([iran], new SentenceGraph(doc, 0).Entities);
        Assert.Equal([moscow, putin, tehran], new SentenceGraph(doc, 1).Entities);
        Assert.Equal([peskov], new SentenceGraph(doc, 2).Entities);
    }
}
