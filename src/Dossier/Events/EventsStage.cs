using Dossier.Events.Lexicon;
using Dossier.Model;
using Dossier.Pipeline;
using Dossier.Resources;

namespace Dossier.Events;

/// <summary>
/// The <c>events</c> stage: codes each sentence's events from the dependency parse with Dossier's lexicon
/// (<c>resources/en/events</c>) and fills <see cref="Document.Events"/>. The event date is the sentence's own date
/// expression, else the narrative time (the last date expression before it), else unknown; the report date is never
/// used silently: it stays in the article's metadata.
/// </summary>
public sealed class EventsStage : IStage
{
    private readonly EventCoder coder;

    public EventsStage(EventCoder coder) => this.coder = coder ?? throw new ArgumentNullException(nameof(coder));

    public string Name => "events";

    public IReadOnlyCollection<Layer> Requires { get; } = [Layer.Tokens, Layer.Sentences, Layer.PartsOfSpeech, Layer.Lemmas, Layer.Dependencies];

    public IReadOnlyCollection<Layer> Provides { get; } = [Layer.Events];

    /// <summary>The stage with Dossier's lexicon, CAMEO labels and the entity-based actor resolver.</summary>
    public static EventsStage CreateDefault(Func<string, string?>? codeOf = null)
    {
        var catalog = CameoCatalog.Load();
        var lexicon = LoadDefaultLexicon();
        var resolver = new EntityActorResolver(EntityActorResolver.LoadRoles(), codeOf);
        return new EventsStage(new EventCoder(lexicon, resolver, EventCoderOptions.Default with { Label = catalog.Label, Transitions = TransitionRule.LoadDefault() }));
    }

    /// <summary>Dossier's lexicon: the derived verbs and synsets, the hand-written extensions and the event nouns.</summary>
    public static EventLexicon LoadDefaultLexicon() => LexiconTsv.Load(
        ResourceLocator.Resource("en", "events", "synsets.tsv"),
        ResourceLocator.Resource("en", "events", "verbs.tsv"),
        ResourceLocator.Resource("en", "events", "extensions.tsv"),
        ResourceLocator.Resource("en", "events", "nouns.tsv"));

    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var dates = EventDates.BySentence(document);
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            string? date = dates[s];
            DateOnly? actorDate = EventDates.Day(date) ?? document.Metadata.Published;
            foreach (var e in coder.CodeSentence(document, s, actorDate, date))
            {
                document.Events.Add(EventDates.WithYear(e, document.Metadata) is { } dated ? e with { Date = dated } : e);
            }
        }

        document.Layers.Add(Layer.Events);
    }
}
