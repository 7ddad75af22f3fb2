using Dossier.Model;
using Dossier.Resources;

namespace Dossier.Corpus.EventMerging;

/// <summary>
/// Reads an article's event reports from its per-article event mentions: mentions that share a trigger and a code
/// become one report with their actors together; each actor is described by its resolved entity (name, aliases,
/// country, code); the date is the sentence's date as the article's (possibly re-resolved) expressions give it.
/// </summary>
internal static class EventReportReader
{
    private static readonly Lazy<HashSet<string>> Stopwords = new(() =>
        [.. ResourceFile.Load(ResourceLocator.Resource("en", "corpus", "stopwords.txt")).Lines.Select(l => l.Text.Trim())]);

    /// <param name="article">The article, whose document needs its text, sentences, entities and events (not its tokens).</param>
    /// <param name="timexes">The article's date expressions: its stored ones, or ones resolved again against pins.</param>
    /// <param name="story">The story the article belongs to (its own id when it is in none).</param>
    /// <param name="pool">When given, shares the sentences' words across the articles of one build.</param>
    public static List<EventReport> Read(CorpusArticle article, IReadOnlyList<TimexMention> timexes, string story, StringPool? pool = null)
    {
        var doc = article.Document;
        var entities = Entities(doc);

        var dates = ReportDates.BySentence(doc, timexes);
        var sentenceDefaults = ReferenceEquals(timexes, doc.Timexes) ? dates : ReportDates.BySentence(doc, doc.Timexes);
        var reports = new List<EventReport>();
        var words = new Dictionary<int, IReadOnlySet<string>>();
        var mentioned = new Dictionary<int, IReadOnlySet<string>>();
        // Reports of one sentence share its text, as they share its words: a sentence has several reports, and the
        // merger holds every report of the corpus at once.
        var texts = new Dictionary<int, string>();
        // Reports of one article share their participants and dates too: an actor recurs in many of its reports.
        var participants = new Dictionary<(string Id, string? Code, string Text), EventParticipant>();
        var parsed = new Dictionary<string, DateConstraint?>(StringComparer.Ordinal);
        foreach (var group in doc.Events.Where(e => e.Sentence >= 0 && e.Sentence < doc.Sentences.Count)
                     .GroupBy(e => (e.Sentence, e.Trigger.Start, e.Code)).OrderBy(g => g.Key.Sentence).ThenBy(g => g.Key.Start).ThenBy(g => g.Key.Code, StringComparer.Ordinal))
        {
            var first = group.First();
            var sentence = doc.Sentences[first.Sentence];
            var (value, expression) = ClauseDate(first, dates[first.Sentence], sentenceDefaults[first.Sentence].Value);
            if (!words.TryGetValue(first.Sentence, out var sentenceWords))
            {
                words[first.Sentence] = sentenceWords = Compact(WordsOf(doc.Text, sentence.Start, sentence.End, pool));
                mentioned[first.Sentence] = Mentioned(doc, sentence.Start, sentence.End, entities);
                texts[first.Sentence] = doc.Text[sentence.Start..sentence.End];
            }

            var location = group.Select(e => e.Location).FirstOrDefault(l => l?.EntityId is not null);
            reports.Add(new EventReport(article.Id, first.Sentence, first.Trigger, first.Code, first.Modality, sentence.Span)
            {
                Sources = Participants(doc, group.SelectMany(e => e.Sources), entities, participants),
                Targets = Participants(doc, group.SelectMany(e => e.Targets), entities, participants),
                Location = location?.EntityId,
                LocationCountry = location?.EntityId is { } id ? CountryOf(id, entities.GetValueOrDefault(id), null) : null,
                Date = value is null ? DateConstraint.Parse(value) : parsed.TryGetValue(value, out var known) ? known : parsed[value] = DateConstraint.Parse(value),
                DateExpression = expression,
                Story = story,
                Published = article.Metadata.Published,
                Mentioned = mentioned[first.Sentence],
                SentenceText = texts[first.Sentence],
                Words = sentenceWords,
            });
        }

        return reports;
    }

    /// <summary>
    /// The sentence's date, unless the events stage dated this event by an expression of its own clause ("which Iran
    /// joined in January" in a sentence dated by "Later this month"): a calendar value that differs from what the
    /// sentence's first expression gives is that clause's date, and it wins.
    /// </summary>
    private static (string? Value, int Expression) ClauseDate(EventMention e, (string? Value, int Expression) sentence, string? sentenceDefault) =>
        e.Date is { } own && !string.Equals(own, sentenceDefault, StringComparison.Ordinal) && DateConstraint.Parse(own) is { IsBounded: true }
            ? (own, -1)
            : sentence;

    /// <summary>
    /// The article's entities by id: as the entity stage resolved them when the document carries that, else as its
    /// mentions name them (the longest mention is the name, the mention type the type), which is what a stored
    /// document keeps.
    /// </summary>
    private static Dictionary<string, ResolvedEntity> Entities(Document doc)
    {
        var entities = new Dictionary<string, ResolvedEntity>(StringComparer.Ordinal);
        foreach (var e in doc.ResolvedEntities)
        {
            entities.TryAdd(e.Id, e);
        }

        foreach (var group in doc.Entities.Where(m => m.EntityId is not null && !entities.ContainsKey(m.EntityId)).GroupBy(m => m.EntityId!, StringComparer.Ordinal))
        {
            var names = group.Select(m => doc.Text[m.Start..m.End]).Distinct(StringComparer.Ordinal)
                .OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).ToList();
            string type = group.GroupBy(m => m.Type, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            entities[group.Key] = new ResolvedEntity(group.Key, names[0], type) { Aliases = names.Skip(1).ToList() };
        }

        return entities;
    }

    private static EventParticipant[] Participants(Document doc, IEnumerable<EventActor> actors, Dictionary<string, ResolvedEntity> entities, Dictionary<(string Id, string? Code, string Text), EventParticipant> shared)
    {
        var result = new List<EventParticipant>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in actors)
        {
            string? id = a.EntityId ?? (a.Code is { } c ? "code:" + c : null);
            if (id is null || !seen.Add(id))
            {
                continue;
            }

            var entity = a.EntityId is { } eid ? entities.GetValueOrDefault(eid) : null;
            string text = doc.Text[a.Start..a.End];
            if (!shared.TryGetValue((id, a.Code, text), out var participant))
            {
                shared[(id, a.Code, text)] = participant = new EventParticipant(id, CountryOf(id, entity, a.Code), entity?.Code ?? a.Code, entity?.Name ?? text)
                {
                    Aliases = entity is null ? [] : entity.Aliases.Append(text).Distinct(StringComparer.Ordinal).Where(x => x != entity.Name).ToArray(),
                    Specific = IsSpecific(id, entity),
                };
            }

            result.Add(participant);
        }

        return result.Count == 0 ? [] : [.. result];
    }

    /// <summary>The entity's country, else the country of an id like <c>ent:IRN</c> or <c>ent:place:KAZ:astana</c>, else of an actor code like <c>RUSGOV</c>.</summary>
    private static string? CountryOf(string id, ResolvedEntity? entity, string? code)
    {
        if (entity?.Country is { } country)
        {
            return country;
        }

        string[] parts = id.Split(':');
        foreach (string part in parts.Skip(1))
        {
            if (part.Length == 3 && part.All(char.IsAsciiLetterUpper))
            {
                return part;
            }
        }

        return code is { Length: >= 3 } && code[..3].All(char.IsAsciiLetterUpper) && !code.StartsWith("IGO", StringComparison.Ordinal) ? code[..3] : null;
    }

    private static IReadOnlySet<string> Mentioned(Document doc, int start, int end, Dictionary<string, ResolvedEntity> entities)
    {
        HashSet<string> set = [.. doc.Entities.Where(m => m.Start >= start && m.End <= end && m.EntityId is { } id && IsSpecific(id, entities.GetValueOrDefault(id))).Select(m => m.EntityId!)];
        return Compact(set);
    }

    /// <summary>
    /// The set in its compact form (<see cref="CompactStringSet"/>, same order), or one shared empty set: every report
    /// of a partition is held at once.
    /// </summary>
    internal static IReadOnlySet<string> Compact(HashSet<string> set) =>
        set.Count == 0 ? System.Collections.Frozen.FrozenSet<string>.Empty : new CompactStringSet(set);

    /// <summary>A person or a non-government organisation: sharing one says more than sharing a country.</summary>
    private static bool IsSpecific(string id, ResolvedEntity? entity) =>
        entity is { Type: "PERSON" } || (entity is { Type: "ORG" } && !id.StartsWith("ent:gov:", StringComparison.Ordinal));

    /// <summary>
    /// A sentence's content words (runs of four or more letters, lower case, not stopwords), in the order they first
    /// occur, which is the set's order; a stored report takes them again from its sentence's text this way.
    /// </summary>
    internal static HashSet<string> WordsOf(string text, int start, int end, StringPool? pool)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        int w = -1;
        for (int i = start; i <= end; i++)
        {
            bool letter = i < end && char.IsLetter(text[i]);
            if (letter && w < 0)
            {
                w = i;
            }
            else if (!letter && w >= 0)
            {
                if (i - w >= 4)
                {
                    string word = text[w..i].ToLowerInvariant();
                    if (!Stopwords.Value.Contains(word))
                    {
                        set.Add(pool is null ? word : pool.Share(word));
                    }
                }

                w = -1;
            }
        }

        return set;
    }
}
