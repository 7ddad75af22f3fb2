using System.Globalization;
using Dossier.Entities.Kb;
using Dossier.Model;

namespace Dossier.Entities;

/// <summary>
/// Resolves the entity mentions of one article to entity ids and builds the article's entity records: places,
/// organisations and seats of government from the knowledge base (capitals that act stand for governments);
/// people clustered by normalised name (surnames and short forms join the full name), linked to the knowledge
/// base, with roles read from titles ("Kremlin spokesman Dmitry Peskov"), appositions ("Kazem Jalali, Tehran's
/// envoy to Moscow") and copulas, and definite descriptions ("the Iranian president") resolved by dated roles.
/// </summary>
public sealed class EntityResolver
{
    private static readonly HashSet<string> DescriptionRoles = new(StringComparer.Ordinal)
    {
        "president", "acting president", "prime minister", "supreme leader", "foreign minister", "leader",
    };

    private readonly ActorKnowledgeBase kb;
    private readonly MetonymyVerbs actVerbs;

    public EntityResolver(ActorKnowledgeBase kb, MetonymyVerbs actVerbs)
    {
        this.kb = kb;
        this.actVerbs = actVerbs;
    }

    public void Resolve(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var words = Enumerable.Range(0, doc.Tokens.Count).Select(doc.TokenText).ToArray();
        var lower = words.Select(w => w.ToLowerInvariant()).ToArray();
        var ctx = new ResolutionContext(doc, words, lower);
        DropCredits(ctx);
        RetypePeople(ctx);

        var mentions = doc.Entities.Select((m, i) => (Mention: m, Index: i)).ToList();
        var ids = new string?[doc.Entities.Count];
        var records = new Dictionary<string, EntityRecordBuilder>(StringComparer.Ordinal);
        foreach (var (m, i) in mentions.Where(x => x.Mention.Type != "PERSON"))
        {
            ids[i] = ResolveNonPerson(ctx, m, records);
        }

        var people = new PersonClusters(kb, ctx);
        foreach (var (m, i) in mentions.Where(x => x.Mention.Type == "PERSON"))
        {
            people.Add(i, m);
        }

        foreach (var cluster in people.Clusters())
        {
            var builder = Get(records, cluster.Id, cluster.Name, "PERSON");
            builder.Kb = cluster.Person;
            foreach (var (index, mention) in cluster.Mentions)
            {
                ids[index] = cluster.Id;
                builder.Aliases.Add(ctx.Text(mention));
                builder.Roles.AddRange(ReadRoles(ctx, mention));
            }
        }

        for (int i = 0; i < ids.Length; i++)
        {
            doc.Entities[i] = doc.Entities[i] with { EntityId = ids[i] };
        }

        AddDescriptions(ctx, records);
        foreach (var b in records.Values)
        {
            doc.ResolvedEntities.Add(b.Build());
        }

        doc.Layers.Add(Layer.ResolvedEntities);
    }

    /// <summary>Photo credits ("Alexander Astafyev/Sputnik/Pool via Reuters", "PHOTO: REUTERS") name no actors.</summary>
    private static void DropCredits(ResolutionContext ctx)
    {
        ctx.Doc.Entities.RemoveAll(m =>
        {
            var (s, e) = ctx.TokenRange(m);
            bool slashAfter = e < ctx.Words.Length && ctx.Words[e] == "/";
            bool slashBefore = s > 0 && ctx.Words[s - 1] == "/";
            bool photoBefore = s > 1 && ctx.Words[s - 1] == ":" && ctx.Lower[s - 2] is "photo" or "photograph" or "credit" or "image";
            bool byBefore = s > 1 && ctx.Lower[s - 1] == "by" && ctx.Lower[s - 2] is "photo" or "photograph" or "photos";
            bool viaBefore = s > 0 && ctx.Lower[s - 1] == "via" && slashBefore is false && s > 2 && ctx.Words[s - 3] == "/";
            return slashAfter || slashBefore || photoBefore || byBefore || viaBefore;
        });
    }

    /// <summary>
    /// Repairs tagger slips with what the article and the knowledge base know: a span ending in a known person's
    /// full name ("State Antony Blinken" from "Secretary of State Antony Blinken") becomes that person, and a single
    /// word tagged as a place or organisation that is the surname of a person named in the article ("Blinken said")
    /// becomes a person.
    /// </summary>
    private void RetypePeople(ResolutionContext ctx)
    {
        var entities = ctx.Doc.Entities;
        for (int i = 0; i < entities.Count; i++)
        {
            var m = entities[i];
            if (m.Type == "PERSON")
            {
                continue;
            }

            var (s, e) = ctx.TokenRange(m);
            for (int k = s + 1; k <= e - 2; k++)
            {
                string tail = string.Join(' ', ctx.Words[k..e]);
                if (kb.PersonsNamed(tail).Count == 1 && kb.Metonym(tail) is null && kb.Place(tail) is null)
                {
                    entities[i] = new EntityMention(ctx.Doc.Tokens[k].Start, m.End, "PERSON");
                    break;
                }
            }
        }

        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in entities.Where(m => m.Type == "PERSON"))
        {
            var tokens = NameNormalizer.Tokens(ctx.Text(m));
            if (tokens.Length > 1)
            {
                surnames.Add(tokens[^1]);
            }
        }

        for (int i = 0; i < entities.Count; i++)
        {
            var m = entities[i];
            if (m.Type == "PERSON" || kb.Place(ctx.Text(m)) is not null || kb.Organization(ctx.Text(m)) is not null || kb.Metonym(ctx.Text(m)) is not null)
            {
                continue;
            }

            var tokens = NameNormalizer.Tokens(ctx.Text(m));
            if (tokens.Length == 1 && surnames.Contains(tokens[0]))
            {
                entities[i] = m with { Type = "PERSON" };
            }
        }
    }

    private string ResolveNonPerson(ResolutionContext ctx, EntityMention m, Dictionary<string, EntityRecordBuilder> records)
    {
        string text = ctx.Text(m);
        string bare = StripPossessive(text);
        if (kb.Metonym(bare) is { } metonym)
        {
            return Government(records, metonym.Iso3, metonym.Sector, text);
        }

        if (kb.Organization(bare) is { } org)
        {
            var b = Get(records, org.Id, org.Name, "ORG");
            b.Aliases.Add(text);
            b.Code = org.Code;
            b.InKb = true;
            return org.Id;
        }

        if (kb.Place(bare) is { } place)
        {
            if (place.Kind == PlaceKind.Capital && Acts(ctx, m))
            {
                return Government(records, place.Iso3, "GOV", text);
            }

            bool city = place.Kind is PlaceKind.Capital or PlaceKind.City;
            string id = city ? $"ent:place:{place.Iso3}:{NameNormalizer.Slug(place.Name)}" : $"ent:{place.Iso3}";
            string name = city ? place.Name : kb.Countries.TryGetValue(place.Iso3, out var c) ? c.Name : place.Iso3;
            var b = Get(records, id, name, m.Type is "LOC" ? "LOC" : "GPE");
            b.Aliases.Add(text);
            b.Country = place.Iso3;
            b.Code = city ? null : place.Iso3;
            b.InKb = true;
            return id;
        }

        string prefix = m.Type switch { "ORG" => "org", "GPE" or "LOC" => "place", "NORP" => "norp", _ => "misc" };
        string other = $"ent:{prefix}:{NameNormalizer.Slug(bare)}";
        Get(records, other, bare, m.Type).Aliases.Add(text);
        return other;
    }

    private string Government(Dictionary<string, EntityRecordBuilder> records, string iso3, string sector, string text)
    {
        string id = $"ent:{sector.ToLowerInvariant()}:{iso3}";
        string country = kb.Countries.TryGetValue(iso3, out var c) ? c.Name : iso3;
        var b = Get(records, id, $"{country} ({sector switch { "MIL" => "military", "LEG" => "legislature", _ => "government" }})", "ORG");
        b.Aliases.Add(text);
        b.Country = iso3;
        b.Code = iso3 + sector;
        b.InKb = true;
        return id;
    }

    /// <summary>
    /// Whether a place name acts: a verb or auxiliary follows it ("Tehran has denied", "Moscow and Tehran are
    /// negotiating"), or it is possessive before a role or institution ("Tehran's envoy").
    /// </summary>
    private bool Acts(ResolutionContext ctx, EntityMention m)
    {
        var (s, e) = ctx.TokenRange(m);
        int k = e;
        if (k < ctx.Words.Length && ctx.Lower[k] is "'s" or "’s")
        {
            return k + 1 < ctx.Words.Length && RoleAt(ctx, k + 1).Length > 0;
        }

        // Skip a coordinated place ("Moscow and Tehran are") and adverbs.
        if (k + 1 < ctx.Words.Length && ctx.Lower[k] == "and" && kb.Place(ctx.Words[k + 1]) is not null)
        {
            k += 2;
        }

        while (k < ctx.Words.Length && ctx.Lower[k] is "also" or "now" or "still" or "reportedly" or "officially" or "has" or "have" or "had")
        {
            if (ctx.Lower[k] is "has" or "have" or "had")
            {
                return true;
            }

            k++;
        }

        return k < ctx.Words.Length && actVerbs.Contains(ctx.Lower[k]) && s >= 0;
    }

    /// <summary>The longest role phrase starting at token k (lower case), or "".</summary>
    private string RoleAt(ResolutionContext ctx, int k)
    {
        for (int len = Math.Min(kb.MaxRoleTokens, ctx.Words.Length - k); len >= 1; len--)
        {
            string phrase = string.Join(' ', ctx.Lower[k..(k + len)]);
            if (kb.RoleSector(phrase) is not null)
            {
                return phrase;
            }
        }

        return string.Empty;
    }

    /// <summary>Roles the text gives a person mention: a title before it, or an apposition or copula after it.</summary>
    private IEnumerable<EntityRole> ReadRoles(ResolutionContext ctx, EntityMention m)
    {
        var (s, e) = ctx.TokenRange(m);
        int sentenceStart = ctx.Doc.Sentences[ctx.Doc.Tokens[s].Sentence].FirstToken;
        int sentenceEnd = ctx.Doc.Sentences[ctx.Doc.Tokens[s].Sentence].EndToken;

        // Title: "[Russian|Kremlin|Iran's] [deputy foreign minister] NAME".
        for (int len = Math.Min(kb.MaxRoleTokens, s - sentenceStart); len >= 1; len--)
        {
            string phrase = string.Join(' ', ctx.Lower[(s - len)..s]);
            if (kb.RoleSector(phrase) is not { } sector)
            {
                continue;
            }

            var (of, qualifierSector, qualifierStart) = QualifierBefore(ctx, s - len, sentenceStart);
            int start = ctx.Doc.Tokens[qualifierStart >= 0 ? qualifierStart : s - len].Start;
            yield return TextRole(ctx, phrase, of, qualifierSector ?? sector, start, m.End);
            yield break;
        }

        // Apposition or copula: "NAME, [a|the] [Russian|Tehran's] ROLE [to|of X]" / "NAME is the ROLE".
        if (e < sentenceEnd && ctx.Lower[e] is "," or "is" or "was" or "became")
        {
            string? of = null, qualifierSector = null;
            for (int k = e + 1; k < Math.Min(sentenceEnd, e + 10); k++)
            {
                if (ctx.Lower[k] is "," or "." or ";" or "(" or ")")
                {
                    break;
                }

                string role = RoleAt(ctx, k);
                if (role.Length > 0 && !(ctx.Lower[k] == "official" && of is null))
                {
                    int after = k + role.Split(' ').Length;
                    if (of is null)
                    {
                        // "secretary of Iran's Supreme National Security Council": the country may follow the role.
                        for (int j = after; j < Math.Min(sentenceEnd, after + 3) && of is null; j++)
                        {
                            (of, qualifierSector) = Qualifier(ctx, j);
                        }
                    }

                    int end = ctx.Doc.Tokens[Math.Min(after, sentenceEnd) - 1].End;
                    yield return TextRole(ctx, role, of, qualifierSector ?? kb.RoleSector(role), m.Start, end);
                    yield break;
                }

                var (o, q) = Qualifier(ctx, k);
                if (o is not null)
                {
                    of = o;
                    qualifierSector = q;
                }
            }
        }
    }

    private (string? Of, string? Sector, int Start) QualifierBefore(ResolutionContext ctx, int k, int sentenceStart)
    {
        int q = k - 1;
        if (q >= sentenceStart && ctx.Lower[q] is "'s" or "’s")
        {
            q--;
        }

        for (int len = 2; len >= 1; len--)
        {
            int start = q - len + 1;
            if (start < sentenceStart)
            {
                continue;
            }

            string text = string.Join(' ', ctx.Words[start..(q + 1)]);
            if (kb.Metonym(text) is { } metonym)
            {
                return (metonym.Iso3, metonym.Sector, start);
            }

            if (kb.Place(text) is { } place)
            {
                return (place.Iso3, null, start);
            }
        }

        return (null, null, -1);
    }

    private (string? Of, string? Sector) Qualifier(ResolutionContext ctx, int k)
    {
        string w = ctx.Words[k];
        if (kb.Metonym(w) is { } metonym)
        {
            return (metonym.Iso3, metonym.Sector);
        }

        return kb.Place(w) is { } place ? (place.Iso3, null) : (null, null);
    }

    private static EntityRole TextRole(ResolutionContext ctx, string title, string? of, string? sector, int start, int end)
    {
        string? date = ctx.Doc.Metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new EntityRole(title, of, sector, date, date, "text") { Evidence = new TextSpan(start, end) };
    }

    /// <summary>
    /// "the Iranian president", "Iran's acting president": a role without a name, resolved to whoever held it on
    /// the article's date (or, for an undated article, to the one person the knowledge base ever gives it).
    /// </summary>
    private void AddDescriptions(ResolutionContext ctx, Dictionary<string, EntityRecordBuilder> records)
    {
        var taken = ctx.Doc.Entities.Select(m => ctx.TokenRange(m)).ToList();
        for (int k = 0; k < ctx.Words.Length; k++)
        {
            string role = RoleAt(ctx, k);
            if (!DescriptionRoles.Contains(role))
            {
                continue;
            }

            int after = k + role.Split(' ').Length;
            if (after < ctx.Words.Length && char.IsUpper(ctx.Words[after][0]))
            {
                continue;
            }

            int sentenceStart = ctx.Doc.Sentences[ctx.Doc.Tokens[k].Sentence].FirstToken;
            var (of, _, _) = QualifierBefore(ctx, k, sentenceStart);
            if (of is null || taken.Any(t => t.Start <= k && k < t.End))
            {
                continue;
            }

            KbPerson? holder = (ctx.Doc.Metadata.Published ?? ctx.Doc.Metadata.PublishedRange?.Latest) is { } date
                ? kb.HolderOf(of, role, date)
                : kb.Persons.Where(p => p.Roles.Any(r => r.Of == of && string.Equals(r.Title, role, StringComparison.OrdinalIgnoreCase))).ToList() is { Count: 1 } only ? only[0] : null;
            if (holder is null)
            {
                continue;
            }

            int start = ctx.Doc.Tokens[k].Start, end = ctx.Doc.Tokens[after - 1].End;
            ctx.Doc.Entities.Add(new EntityMention(start, end, "PERSON", holder.Id));
            var b = Get(records, holder.Id, holder.Name, "PERSON");
            b.Kb = holder;
            b.Roles.Add(TextRole(ctx, role, of, "GOV", ctx.Doc.Tokens[Math.Max(sentenceStart, k - 2)].Start, end));
        }

        ctx.Doc.Entities.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
    }

    private static string StripPossessive(string text) =>
        text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("’s", StringComparison.Ordinal) ? text[..^2].TrimEnd() : text;

    private static EntityRecordBuilder Get(Dictionary<string, EntityRecordBuilder> records, string id, string name, string type)
    {
        if (!records.TryGetValue(id, out var b))
        {
            b = new EntityRecordBuilder(id, name, type);
            records[id] = b;
        }

        return b;
    }
}
