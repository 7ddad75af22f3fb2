namespace Dossier.Model;

/// <summary>The kinds of annotation a stage can require or provide.</summary>
public enum Layer
{
    Tokens,
    Sentences,
    PartsOfSpeech,
    Lemmas,
    Dependencies,
    Entities,
    ResolvedEntities,
    Timexes,
    Quotes,
    Events,
}
