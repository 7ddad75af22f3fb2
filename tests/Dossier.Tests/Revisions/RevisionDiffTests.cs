using Dossier.Model;
using Dossier.Revisions;
using Dossier.Storage;

namespace Dossier.Tests.Revisions;

public sealed class RevisionDiffTests
{
    private static ArticleRecord Version(int n, string body, string? title = "Talks resume", DateOnly? published = null) =>
        new("talks-1a2b3c", n, "hash" + n, new ArticleMetadata { Source = "https://example.org/talks", Title = title, Published = published ?? new DateOnly(2024, 6, 11) }, body, DateTimeOffset.UnixEpoch.AddDays(n));

    [Fact]
    public void A_reworded_paragraph_is_changed_with_its_words_and_a_dropped_one_is_removed()
    {
        var old = Version(1, "Moscow and Tehran are continuing work on the treaty, the Kremlin said.\n\nThe schedule may shift.\n\nIran's ambassador denied any suspension.");
        var @new = Version(2, "Moscow and Tehran have suspended work on the treaty, the Kremlin said.\n\nIran's ambassador denied any suspension.\n\nTalks resume in July.");

        var diff = RevisionDiff.Compare(old, @new);

        Assert.Equal((1, 1, 1, 1), (diff.Changed, diff.Removed, diff.Added, diff.Unchanged));
        var changed = Assert.Single(diff.Paragraphs, p => p.Kind == DiffKind.Changed);
        Assert.Equal((0, 0), (changed.OldIndex, changed.NewIndex));
        Assert.Equal(
            [(DiffKind.Equal, "Moscow and Tehran"), (DiffKind.Removed, "are continuing"), (DiffKind.Added, "have suspended"), (DiffKind.Equal, "work on the treaty, the Kremlin said.")],
            changed.Words.Select(w => (w.Kind, w.Text)));
        Assert.Equal("The schedule may shift.", Assert.Single(diff.Paragraphs, p => p.Kind == DiffKind.Removed).OldText);
        Assert.Equal("Talks resume in July.", Assert.Single(diff.Paragraphs, p => p.Kind == DiffKind.Added).NewText);
        Assert.Empty(diff.Fields);
    }

    [Fact]
    public void A_replaced_paragraph_sharing_few_words_is_removed_and_added_not_changed()
    {
        var diff = RevisionDiff.Compare(Version(1, "Intro.\n\nThe ministers met in Moscow on Friday."), Version(2, "Intro.\n\nA storm closed every airport in the region."));

        Assert.Equal([DiffKind.Equal, DiffKind.Removed, DiffKind.Added], diff.Paragraphs.Select(p => p.Kind));
    }

    [Fact]
    public void Metadata_changes_are_listed_by_field()
    {
        var diff = RevisionDiff.Compare(Version(1, "Same body."), Version(2, "Same body.", title: "Talks suspended", published: new DateOnly(2024, 6, 12)));

        Assert.Equal([new FieldChange("title", "Talks resume", "Talks suspended"), new FieldChange("published", "2024-06-11", "2024-06-12")], diff.Fields);
        Assert.Equal(1, diff.Unchanged);
        Assert.False(diff.IsEmpty);
    }

    [Fact]
    public void Identical_versions_have_an_empty_diff_and_the_json_names_both_versions()
    {
        var diff = RevisionDiff.Compare(Version(1, "One.\nTwo."), Version(2, "One.\n\nTwo.\n"));

        Assert.True(diff.IsEmpty);
        string json = RevisionDiffJson.ToJson(diff);
        Assert.Contains("\"from\":{\"version\":1", json, StringComparison.Ordinal);
        Assert.Contains("\"to\":{\"version\":2", json, StringComparison.Ordinal);
        Assert.Contains("\"paragraphs\":[]", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_body_with_one_edit_in_the_middle_is_compared_exactly()
    {
        var paragraphs = Enumerable.Range(0, 5000).Select(i => $"Paragraph {i} says something numbered {i}.").ToList();
        string before = string.Join("\n\n", paragraphs);
        paragraphs[2500] = "Paragraph 2500 says something else entirely.";

        var diff = RevisionDiff.Compare(Version(1, before), Version(2, string.Join("\n\n", paragraphs)));

        var changed = Assert.Single(diff.Paragraphs, p => p.Kind != DiffKind.Equal);
        Assert.Equal(DiffKind.Changed, changed.Kind);
        Assert.Equal(2500, changed.OldIndex);
        Assert.Equal(4999, diff.Unchanged);
    }
}
