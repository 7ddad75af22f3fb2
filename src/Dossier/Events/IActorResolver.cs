namespace Dossier.Events;

/// <summary>
/// Turns the noun phrase an argument slot points at into an actor: its text span, entity and actor code. The coder
/// is indifferent to where codes come from: PETRARCH actor and agent dictionaries for the validation suite, the
/// knowledge base's entities for Dossier's own pipeline.
/// </summary>
public interface IActorResolver
{
    /// <summary>The actor named by the phrase headed by local token <paramref name="head"/>, or null when it names none.</summary>
    /// <param name="date">The day codes are valid on (people change office); null when unknown.</param>
    /// <param name="swap">Read the phrase with one member replaced by another (a conjunct), for compound actors.</param>
    Model.EventActor? Resolve(SentenceGraph graph, int head, DateOnly? date, PhraseSwap? swap = null);
}
