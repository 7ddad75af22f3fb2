using Dossier.Model;

namespace Dossier.Benchmarks.Stages;

/// <summary>
/// A deep enough copy of an annotated document for a stage to run on it again: new arrays and lists (the stages
/// write into them), shared immutable annotation records.
/// </summary>
internal static class DocumentCopy
{
    public static Document Of(Document source)
    {
        var copy = new Document(source.Id, source.Text, source.Metadata);
        if (source.Tokens.Count > 0 || source.Sentences.Count > 0)
        {
            copy.SetTokens([.. source.Tokens], [.. source.Sentences]);
            source.Upos.CopyTo(copy.Upos, 0);
            source.Xpos.CopyTo(copy.Xpos, 0);
            source.Lemmas.CopyTo(copy.Lemmas, 0);
            source.Heads.CopyTo(copy.Heads, 0);
            source.Deprels.CopyTo(copy.Deprels, 0);
        }

        copy.Entities.AddRange(source.Entities);
        copy.ResolvedEntities.AddRange(source.ResolvedEntities);
        copy.Timexes.AddRange(source.Timexes);
        copy.Quotes.AddRange(source.Quotes);
        copy.Events.AddRange(source.Events);
        copy.Layers.UnionWith(source.Layers);
        return copy;
    }
}
