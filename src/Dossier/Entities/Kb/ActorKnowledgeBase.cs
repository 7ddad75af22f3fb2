using System.Globalization;
using Dossier.Resources;

namespace Dossier.Entities.Kb;

/// <summary>
/// The actor knowledge base loaded from resources/en/entities/: places by name, organisations, metonyms, role nouns
/// with sectors, and people with dated roles. Lookups take surface text and compare normalised names.
/// </summary>
public sealed class ActorKnowledgeBase
{
    private readonly Dictionary<string, KbPlace> places = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KbOrganization> organizations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KbMetonym> metonyms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> roles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<KbPerson>> personsByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KbPerson> persons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KbCountry> countries = new(StringComparer.Ordinal);

    private ActorKnowledgeBase()
    {
    }

    public IReadOnlyDictionary<string, KbCountry> Countries => countries;

    public IReadOnlyCollection<KbPerson> Persons => persons.Values;

    /// <summary>The longest role phrase, in tokens, in the role table.</summary>
    public int MaxRoleTokens { get; private set; }

    /// <summary>Loads the tables from a folder (default: the shipped resources/en/entities).</summary>
    public static ActorKnowledgeBase Load(string? folder = null)
    {
        folder ??= ResourceLocator.Resource("en", "entities");
        var kb = new ActorKnowledgeBase();
        kb.LoadCountries(ResourceFile.Load(Path.Combine(folder, "countries.tsv")));
        kb.LoadOrganizations(ResourceFile.Load(Path.Combine(folder, "organizations.tsv")));
        foreach (var line in ResourceFile.Load(Path.Combine(folder, "metonyms.tsv")).Lines)
        {
            var f = line.Columns(8);
            kb.metonyms[NameNormalizer.Normalize(f[0])] = new KbMetonym(f[1], f[2], f.Length > 3 ? f[3] : string.Empty);
        }

        foreach (string file in new[] { "roles.tsv", "roles-curated.tsv" })
        {
            foreach (var line in ResourceFile.Load(Path.Combine(folder, file)).Lines)
            {
                var f = line.Columns(8);
                kb.roles[f[0]] = f[1];
                kb.MaxRoleTokens = Math.Max(kb.MaxRoleTokens, f[0].Split(' ').Length);
            }
        }

        foreach (var line in ResourceFile.Load(Path.Combine(folder, "places.tsv")).Lines)
        {
            var f = line.Columns(8);
            kb.places.TryAdd(Key(f[0]), new KbPlace(f[1], PlaceKind.City, f[0]));
        }

        kb.LoadPersons(folder);
        return kb;
    }

    /// <summary>A country, capital, adjective or demonym by surface text ("Iran", "Tehran", "Iranian", "Iran's").</summary>
    public KbPlace? Place(string text) => places.GetValueOrDefault(Key(text));

    public KbOrganization? Organization(string text) => organizations.GetValueOrDefault(Key(text));

    public KbMetonym? Metonym(string text) => metonyms.GetValueOrDefault(Key(text));

    /// <summary>The sector of a role phrase given in lower case ("foreign minister" → GOV), or null.</summary>
    public string? RoleSector(string phrase) => roles.GetValueOrDefault(phrase);

    public KbPerson? PersonById(string id) => persons.GetValueOrDefault(id);

    /// <summary>People whose name or alias matches (normalised): "Putin", "Mohammed Mokhber".</summary>
    public IReadOnlyList<KbPerson> PersonsNamed(string text) => personsByName.GetValueOrDefault(NameNormalizer.Normalize(text)) ?? (IReadOnlyList<KbPerson>)[];

    /// <summary>
    /// Who held a title for a country on a date: an exact title first ("president"), else an acting or interim
    /// holder of it ("acting president"), so that "the Iranian president" in July 2024 is Mokhber.
    /// </summary>
    public KbPerson? HolderOf(string iso3, string title, DateOnly date)
    {
        string day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var exact = new List<(KbPerson Person, KbRole Role)>();
        var acting = new List<(KbPerson Person, KbRole Role)>();
        foreach (var p in persons.Values)
        {
            foreach (var r in Authoritative(p))
            {
                if (r.Of != iso3 || !Covers(r, day))
                {
                    continue;
                }

                if (string.Equals(r.Title, title, StringComparison.OrdinalIgnoreCase))
                {
                    exact.Add((p, r));
                }
                else if (r.Title.EndsWith(" " + title, StringComparison.OrdinalIgnoreCase) && (r.Title.StartsWith("acting", StringComparison.OrdinalIgnoreCase) || r.Title.StartsWith("interim", StringComparison.OrdinalIgnoreCase)))
                {
                    acting.Add((p, r));
                }
            }
        }

        var pool = exact.Count > 0 ? exact : acting;
        return pool
            .OrderBy(x => SourceRank(x.Role.Source))
            .ThenByDescending(x => x.Role.From ?? string.Empty, StringComparer.Ordinal)
            .Select(x => x.Person)
            .FirstOrDefault();
    }

    /// <summary>
    /// A person's roles, where a curated dated role overrides the other sources' roles of the same title and country
    /// (the 2021 Wikidata list leaves Raisi's presidency open; the curated table ends it in May 2024).
    /// </summary>
    private static IEnumerable<KbRole> Authoritative(KbPerson p)
    {
        var curated = p.Roles.Where(r => r.Source == "curated").Select(r => (r.Of, Title: r.Title.ToLowerInvariant())).ToHashSet();
        return p.Roles.Where(r => r.Source == "curated" || !curated.Contains((r.Of, r.Title.ToLowerInvariant())));
    }

    private static int SourceRank(string source) => source switch
    {
        "curated" => 0,
        "world-leaders-current" => 1,
        _ when source.StartsWith("factbook", StringComparison.Ordinal) => 2,
        _ => 3,
    };

    /// <summary>Whether a role's dates cover a day; a missing start counts as always, a missing end as ongoing.</summary>
    public static bool Covers(KbRole role, string day)
    {
        ArgumentNullException.ThrowIfNull(role);
        bool started = role.From is null || string.CompareOrdinal(role.From, day[..Math.Min(day.Length, role.From.Length)]) <= 0;
        bool ended = role.To is not null && string.CompareOrdinal(role.To, day[..Math.Min(day.Length, role.To.Length)]) < 0;
        return started && !ended;
    }

    /// <summary>Tab-separated columns, padded with empty strings (resource lines lose trailing empty columns).</summary>
    private static IEnumerable<string> FullKeys(string name)
    {
        var t = NameNormalizer.Tokens(name);
        yield return string.Join(' ', t);
        if (t.Length > 2)
        {
            yield return t[0] + " " + t[^1];
        }
    }

    private static string Key(string text)
    {
        string k = NameNormalizer.Normalize(text);
        return k.StartsWith("the ", StringComparison.Ordinal) ? k[4..] : k;
    }

    private void LoadCountries(ResourceFile file)
    {
        foreach (var line in file.Lines)
        {
            var f = line.Columns(7);
            if (f[0].Length != 3)
            {
                throw new InvalidDataException($"DOS0520: {file.Where(line)} does not start with an ISO-3 code; rerun `dossier train kb`.");
            }

            static string[] List(string v) => v.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var aliases = List(f[3]).SelectMany(a => a.Split(" or ", StringSplitOptions.TrimEntries)).ToArray();
            var country = new KbCountry(f[0], f[2], aliases, List(f[4]), List(f[5]), List(f[6]));
            countries[country.Iso3] = country;
            foreach (string n in aliases.Prepend(country.Name))
            {
                places.TryAdd(Key(n), new KbPlace(country.Iso3, PlaceKind.Country, country.Name));
            }

            foreach (string n in country.Adjectives.Concat(country.Demonyms))
            {
                places.TryAdd(Key(n), new KbPlace(country.Iso3, PlaceKind.Adjective, country.Name));
                places.TryAdd(Key(n + "s"), new KbPlace(country.Iso3, PlaceKind.Adjective, country.Name));
            }

            foreach (string n in country.Capitals)
            {
                places.TryAdd(Key(n), new KbPlace(country.Iso3, PlaceKind.Capital, n));
            }
        }

        // Common short forms the Factbook spells out.
        foreach (var (alias, iso) in new[] { ("U.S.", "USA"), ("US", "USA"), ("America", "USA"), ("U.K.", "GBR"), ("Britain", "GBR"), ("Great Britain", "GBR") })
        {
            places.TryAdd(Key(alias), new KbPlace(iso, PlaceKind.Country, countries.TryGetValue(iso, out var c) ? c.Name : iso));
        }
    }

    private void LoadOrganizations(ResourceFile file)
    {
        foreach (var line in file.Lines)
        {
            var f = line.Columns(8);
            var org = new KbOrganization(f[0], f[1], f[2], f[3].Split('|', StringSplitOptions.RemoveEmptyEntries), f[4], f[5]);
            foreach (string n in org.Aliases.Prepend(org.Name).Prepend(org.Abbreviation))
            {
                organizations.TryAdd(Key(n), org);
            }
        }
    }

    private void LoadPersons(string folder)
    {
        var building = new Dictionary<string, (string Name, HashSet<string> Aliases, string Country, List<KbRole> Roles)>(StringComparer.Ordinal);
        var fullNames = new Dictionary<string, string>(StringComparer.Ordinal);

        void Add(string name, IEnumerable<string> aliases, KbRole role)
        {
            // Two spellings of one person from different sources meet on a shared full name, or on first and last
            // name once patronymics and middle names are dropped ("Vladimir Vladimirovich Putin").
            var full = aliases.Where(a => a.Contains(' ', StringComparison.Ordinal)).Prepend(name).ToList();
            string id = full.SelectMany(FullKeys).Select(k => fullNames.GetValueOrDefault(k)).FirstOrDefault(x => x is not null)
                ?? "ent:person:" + NameNormalizer.Slug(name);
            foreach (string k in full.SelectMany(FullKeys))
            {
                fullNames.TryAdd(k, id);
            }

            if (!building.TryGetValue(id, out var entry))
            {
                entry = (name, new HashSet<string>(StringComparer.Ordinal), role.Of, []);
                building[id] = entry;
            }

            entry.Aliases.Add(name);
            entry.Aliases.UnionWith(aliases);
            if (!entry.Roles.Contains(role))
            {
                entry.Roles.Add(role);
            }
        }

        var curated = ResourceFile.Load(Path.Combine(folder, "curated-roles.tsv"));
        foreach (var line in curated.Lines)
        {
            var f = line.Columns(8);
            string? to = f[6].Length == 0 || f[6].StartsWith("2099", StringComparison.Ordinal) ? null : f[6];
            Add(f[0], f[1].Split('|', StringSplitOptions.RemoveEmptyEntries), new KbRole(f[3], f[2], f[4], f[5].Length == 0 ? null : f[5], to, "curated"));
        }

        foreach (var line in ResourceFile.Load(Path.Combine(folder, "leaders.tsv")).Lines)
        {
            var f = line.Columns(8);
            string title = f[2].ToLowerInvariant();
            int of = title.IndexOf(" of ", StringComparison.Ordinal);
            title = of > 0 && f[1] == "office" ? title[..of] : title;
            Add(f[3], [], new KbRole(title, f[0], "GOV", f[4].Length == 0 ? null : f[4], f[5].Length == 0 ? null : f[5], f[6]));
        }

        foreach (var line in ResourceFile.Load(Path.Combine(folder, "leaders-current.tsv")).Lines)
        {
            var f = line.Columns(8);
            if (f[0].Length == 3 && f[3].Length > 0)
            {
                Add(f[3], [], new KbRole(f[2].ToLowerInvariant(), f[0], "GOV", f[4].Length == 0 ? null : f[4], null, "world-leaders-current"));
            }
        }

        foreach (var (id, e) in building)
        {
            var person = new KbPerson(id, e.Name, [.. e.Aliases.Order(StringComparer.Ordinal)], e.Country, e.Roles);
            persons[id] = person;
            foreach (string n in e.Aliases)
            {
                string key = NameNormalizer.Normalize(n);
                if (!personsByName.TryGetValue(key, out var list))
                {
                    list = [];
                    personsByName[key] = list;
                }

                if (!list.Contains(person))
                {
                    list.Add(person);
                }
            }
        }
    }
}
