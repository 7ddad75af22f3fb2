using Dossier.Entities.Kb;
using Dossier.Entities.Ner;
using Dossier.Model;
using Dossier.Pipeline;

namespace Dossier.Entities;

/// <summary>
/// The "ner" stage: tags each sentence's tokens with the trained entity tagger and adds the entities in the
/// contract's types. CoNLL's PER becomes PERSON; LOC becomes GPE when the knowledge base or the gazetteer knows it as
/// a country, capital, city or state, else LOC; MISC becomes NORP when it is a nationality or demonym, else MISC.
/// </summary>
public sealed class NerStage : IStage
{
    private static readonly Layer[] RequiresLayers = [Layer.Tokens, Layer.Sentences];
    private static readonly Layer[] ProvidesLayers = [Layer.Entities];
    private readonly NerTagger tagger;
    private readonly ActorKnowledgeBase kb;
    private readonly int[] gpeCategories;
    private readonly int nationalityCategory;

    public NerStage(NerTagger tagger, ActorKnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        this.tagger = tagger;
        this.kb = kb;
        var categories = tagger.Gazetteer.Categories;
        gpeCategories = new[] { "country", "city", "region" }.Select(c => IndexOf(categories, c)).Where(i => i >= 0).ToArray();
        nationalityCategory = IndexOf(categories, "nationality");
    }

    public string Name => "ner";

    public IReadOnlyCollection<Layer> Requires => RequiresLayers;

    public IReadOnlyCollection<Layer> Provides => ProvidesLayers;

    /// <summary>The shipped model and knowledge base.</summary>
    public static NerStage LoadDefault() =>
        new(NerModelFile.Load(Resources.ResourceLocator.Model("en", "ner.bin.gz")), ActorKnowledgeBase.Load());

    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = document.Sentences
            .Select(s => Enumerable.Range(s.FirstToken, s.TokenCount).Select(document.TokenText).ToArray())
            .ToArray();
        var labels = tagger.Tag(sentences);
        for (int s = 0; s < sentences.Length; s++)
        {
            int first = document.Sentences[s].FirstToken;
            foreach (var span in NerLabels.Decode(labels[s]))
            {
                var words = sentences[s][span.Start..span.End];
                string type = ContractType(tagger.Labels.Types[span.Type], words);
                document.Entities.Add(new EntityMention(document.Tokens[first + span.Start].Start, document.Tokens[first + span.End - 1].End, type));
            }
        }

        document.Layers.Add(Layer.Entities);
    }

    /// <summary>The contract's type for a CoNLL type and the words of the span.</summary>
    public string ContractType(string conllType, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        string text = string.Join(' ', words);
        switch (conllType)
        {
            case "PER":
                return "PERSON";
            case "ORG":
                return "ORG";
            case "LOC":
                if (kb.Place(text) is { Kind: PlaceKind.Country or PlaceKind.Capital } || InGazetteer(words, gpeCategories))
                {
                    return "GPE";
                }

                return "LOC";
            case "MISC":
                if (kb.Place(text) is { Kind: PlaceKind.Adjective } || InGazetteer(words, [nationalityCategory]))
                {
                    return "NORP";
                }

                return "MISC";
            default:
                return "MISC";
        }
    }

    private bool InGazetteer(IReadOnlyList<string> words, int[] categories)
    {
        var marks = tagger.Gazetteer.Match(words.Select(w => w.ToLowerInvariant()).ToArray());
        foreach (int c in categories)
        {
            if (c < 0)
            {
                continue;
            }

            // The whole span must be one listed phrase: U for one word, B…L for several.
            bool whole = words.Count == 1
                ? (marks[0] & (1UL << ((4 * c) + 3))) != 0
                : (marks[0] & (1UL << (4 * c))) != 0 && (marks[^1] & (1UL << ((4 * c) + 2))) != 0;
            if (whole)
            {
                return true;
            }
        }

        return false;
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (int i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
