using Dossier.Corpus.Entities;

namespace Dossier.Tests.Corpus.Entities;

/// <summary>What an entity's page is given of a large entity: its first roles and articles, a few mentions of each, and how many there are.</summary>
public sealed class EntityHeadTests
{
    [Fact]
    public void A_head_keeps_the_first_roles_in_page_order_and_the_first_mentions_of_the_first_articles_with_the_counts()
    {
        // 230 roles (every fifth with no start), and 12 mentions in each of 210 articles, the articles in a shuffled order.
        var roles = Enumerable.Range(0, 230).Select(i => new CorpusEntityRole($"title {i % 7}", null, null, i % 5 == 0 ? null : $"2020-{1 + (i % 12):D2}", null, "a")).ToList();
        var order = Enumerable.Range(0, 210).OrderBy(i => (i * 37) % 211).ToList();
        var mentions = order.SelectMany(a => Enumerable.Range(0, 12).Select(m => new CorpusMention($"art-{a:D3}", m * 10, (m * 10) + 3, "Pes"))).ToList();
        var entity = new CorpusEntity("ent:person:x", "X", "PERSON") { Roles = roles, Mentions = mentions, MemberIds = ["ent:person:x", "ent:y"] };

        var head = EntityHead.Of(entity);

        Assert.Equal((230, 2520, 210), (head.Roles, head.Mentions, head.Articles));
        var pageOrder = roles.OrderBy(r => r.From ?? "9999", StringComparer.Ordinal).ThenBy(r => r.Title, StringComparer.Ordinal).ToList();
        Assert.Equal(pageOrder.Take(200), head.Entity.Roles);
        // The 46 without a start come last: 16 of them are kept, 30 cut.
        Assert.Equal(184, head.Entity.Roles.Count(r => r.From is not null));
        Assert.All(head.Entity.Roles.Skip(184), r => Assert.Null(r.From));
        Assert.Equal(order.Take(200).Select(a => $"art-{a:D3}"), head.Entity.Articles);
        Assert.Equal(200 * 8, head.Entity.Mentions.Count);
        Assert.Equal(mentions.Where(m => m.Article == $"art-{order[0]:D3}").Take(8), head.Entity.Mentions.Take(8));
        Assert.Equal(entity.MemberIds, head.Entity.MemberIds);

        // Mentions stay in their order when an article's are not together.
        var interleaved = entity with { Mentions = [mentions[0], mentions[12], mentions[1], mentions[24], mentions[2]] };
        Assert.Equal(interleaved.Mentions, EntityHead.Of(interleaved).Entity.Mentions);

        // A small entity is kept whole.
        var small = entity with { Roles = roles.Take(3).ToList(), Mentions = mentions.Take(5).ToList() };
        var whole = EntityHead.Of(small);
        Assert.Equal((3, 5, 1), (whole.Roles, whole.Mentions, whole.Articles));
        Assert.Equal(small.Mentions, whole.Entity.Mentions);
    }
}
