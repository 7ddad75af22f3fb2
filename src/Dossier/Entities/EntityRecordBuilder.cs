using Dossier.Entities.Kb;
using Dossier.Model;

namespace Dossier.Entities;

/// <summary>Collects what an article says about one entity before it becomes a <see cref="ResolvedEntity"/>.</summary>
internal sealed class EntityRecordBuilder
{
    public EntityRecordBuilder(string id, string name, string type)
    {
        Id = id;
        Name = name;
        Type = type;
    }

    public string Id { get; }

    public string Name { get; }

    public string Type { get; }

    public List<string> Aliases { get; } = [];

    public List<EntityRole> Roles { get; } = [];

    public string? Country { get; set; }

    public string? Code { get; set; }

    public bool InKb { get; set; }

    public KbPerson? Kb { get; set; }

    public ResolvedEntity Build()
    {
        var textRole = Roles.FirstOrDefault(r => r.Of is not null);
        string? country = textRole?.Of ?? Country ?? Kb?.Country;
        string? sector = textRole?.Sector ?? Kb?.Roles.LastOrDefault()?.Sector;
        string? code = Code ?? (country is null ? null : country + (Type == "PERSON" ? sector ?? string.Empty : string.Empty));
        var roles = Roles.Concat(Kb?.Roles.Select(r => new EntityRole(r.Title, r.Of, r.Sector, r.From, r.To, r.Source)) ?? []).ToList();
        string name = Kb?.Name ?? (InKb ? Name : Aliases.OrderByDescending(a => a.Length).FirstOrDefault() ?? Name);
        return new ResolvedEntity(Id, name, Type)
        {
            Country = country,
            Code = code,
            Aliases = Aliases.Where(a => !string.Equals(a, name, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList(),
            Roles = roles,
            InKnowledgeBase = InKb || Kb is not null,
        };
    }
}
