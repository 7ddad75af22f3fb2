using Dossier.Contracts;
using Dossier.Corpus;
using Dossier.Corpus.Entities;
using Dossier.Model;
using Dossier.Storage;

namespace Dossier.Storage.Conformance;

/// <summary>
/// The store contract, as tests. Each store's test project derives from this class and says how to open a fresh,
/// empty store; deviations are overrides with a comment saying why.
/// </summary>
public abstract partial class ArticleStoreConformanceTests
{
    private static readonly DateTimeOffset IngestedAt = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A new, empty store, apart from any opened before (a test may compare several).</summary>
    protected abstract IArticleStore OpenStore();

    /// <summary>The same store reopened (a new connection), to prove data was committed.</summary>
    protected abstract IArticleStore Reopen(IArticleStore store);

    [Fact]
    public void A_saved_article_comes_back_with_its_metadata_and_annotations()
    {
        using var store = OpenStore();
        var (record, doc) = Article("a1", "seeds/001.txt", "Mokhber and Putin met on Thursday in Astana. Peskov said so.", "h1");

        Assert.Equal(SaveOutcome.Inserted, store.Save(record, doc));
        using var reopened = Reopen(store);
        var found = reopened.FindBySource("seeds/001.txt");
        Assert.NotNull(found);
        Assert.Equal(record.Body, found.Body);
        Assert.Equal(new DateOnly(2024, 7, 5), found.Metadata.Published);
        Assert.Equal("TEHRAN", found.Metadata.Dateline);
        Assert.Equal(["A caption."], found.Metadata.Captions);
        var loaded = reopened.LoadDocument(found);
        Assert.Equal(doc.Tokens, loaded.Tokens);
        Assert.Equal(doc.Sentences, loaded.Sentences);
        Assert.Equal(doc.Heads, loaded.Heads);
        Assert.Equal(doc.Upos, loaded.Upos);
        Assert.Equal(doc.Entities, loaded.Entities);
        Assert.Equal(doc.Timexes.Select(t => (t.Start, t.End, t.Value, t.Sentence)), loaded.Timexes.Select(t => (t.Start, t.End, t.Value, t.Sentence)));
    }

    [Fact]
    public void Quotes_come_back_with_speaker_verb_class_conduit_cue_and_date()
    {
        using var store = OpenStore();
        const string body = "“Ties are deep,” Mokhber said. He was quoted by TASS.";
        var (record, doc) = Article("a1", "seeds/q.txt", body, "hq");
        var quote = new QuoteMention(1, 14, "direct", new MentionRef(17, 24, "ent:person:mohammad-mokhber"), "said")
        {
            VerbClass = "say",
            Conduit = new MentionRef(48, 52, "ent:org:TASS"),
            Cue = new MentionRef(25, 29),
            SpeakerWords = new MentionRef(31, 33),
            Date = "2024-07-04",
        };
        doc.Quotes.Add(quote);
        doc.Quotes.Add(new QuoteMention(31, 52, "indirect", null, null));
        store.Save(record, doc);

        using var reopened = Reopen(store);
        var loaded = reopened.LoadDocument(reopened.FindBySource("seeds/q.txt")!);

        Assert.Equal(doc.Quotes, loaded.Quotes);
        Assert.Equal("Ties are deep", body[loaded.Quotes[0].Start..loaded.Quotes[0].End]);
    }

    [Fact]
    public void Annotations_are_counted_as_the_document_read_back_holds_them_without_reading_it()
    {
        using var store = OpenStore();
        const string body = "“Ties are deep,” Mokhber said. He met Putin.";
        var (record, doc) = Article("a1", "seeds/c.txt", body, "hc");
        doc.Entities.Add(new EntityMention(38, 43, "PERSON", "ent:person:putin"));
        doc.Quotes.Add(new QuoteMention(1, 14, "direct", new MentionRef(17, 24, "ent:person:mohammad-mokhber"), "said"));
        doc.Events.Add(new EventMention("040", "consult", new TextSpan(34, 37), "asserted"));
        doc.Events.Add(new EventMention("010", "make statement", new TextSpan(25, 29), "asserted"));
        doc.Events.Add(new EventMention("036", "express intent to meet", new TextSpan(34, 37), "negated"));
        store.Save(record, doc);
        var (bare, bareDoc) = Article("b", "seeds/b.txt", "Nothing here.", "hb");
        bareDoc.Entities.Clear();
        store.Save(bare, bareDoc);

        using var reopened = Reopen(store);
        var stored = reopened.FindBySource("seeds/c.txt")!;
        Assert.Equal(new AnnotationCounts(2, 1, 3), reopened.CountAnnotations(stored));
        Assert.Equal(AnnotationCounts.Of(reopened.LoadDocument(stored)), reopened.CountAnnotations(stored));
        Assert.Equal(new AnnotationCounts(0, 0, 0), reopened.CountAnnotations(reopened.FindBySource("seeds/b.txt")!));
        // A version never stored has no annotations.
        Assert.Equal(default, reopened.CountAnnotations(stored with { Version = 9 }));
    }

    [Fact]
    public void Heads_and_spans_are_read_for_current_articles_by_id_only_in_the_order_given()
    {
        using var store = OpenStore();
        // Characters outside the BMP before the spans: evidence offsets count UTF-16 units, SQL counts code points.
        const string body = "Talks 🤝🏽 began in Vienna. Kazem Jalali said this was not the case.";
        var (a1, d1) = Article("a1", "feeds/one.txt", body, "h1");
        var (old, dOld) = Article("a2", "feeds/two.txt", "An old text about Astana.", "h2");
        var (a2, d2) = Article("a2", "feeds/two.txt", "The newer text. Mokhber and Putin met on Thursday in Astana.", "h3");
        store.Save(a1, d1);
        store.Save(old, dOld);
        store.Save(a2, d2);

        var heads = store.ArticleHeads(["a2", "nothing", "feeds/one.txt", "a1", "a2"]);
        Assert.Equal([("a2", 2, "Title of a2"), ("a1", 1, "Title of a1")], heads.Select(h => (h.Id, h.Version, h.Metadata.Title)));
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(store.FindArticle("a1")!.Metadata), System.Text.Json.JsonSerializer.Serialize(heads[1].Metadata));
        Assert.Equal("feeds/one.txt", heads[1].Source);
        Assert.Empty(store.ArticleHeads([]));

        int said = body.IndexOf("Kazem", StringComparison.Ordinal);
        int met = a2.Body.IndexOf("Mokhber", StringComparison.Ordinal);
        var spans = store.BodySpans(
        [
            new ArticleSpan("a1", said, said + "Kazem Jalali said".Length),
            new ArticleSpan("a2", met, a2.Body.Length),
            new ArticleSpan("a1", 6, 10),
            new ArticleSpan("a1", 0, body.Length + 1),
            new ArticleSpan("a1", 5, 5),
            new ArticleSpan("feeds/one.txt", 0, 5),
            new ArticleSpan("a1", said, said + "Kazem Jalali said".Length),
        ]);
        Assert.Equal(["Kazem Jalali said", "Mokhber and Putin met on Thursday in Astana.", "🤝🏽", null, null, null, "Kazem Jalali said"], spans);
        Assert.Empty(store.BodySpans([]));
    }

    [Fact]
    public void Saving_the_same_source_and_content_again_changes_nothing()
    {
        using var store = OpenStore();
        var (record, doc) = Article("a1", "x.txt", "One sentence here. Another one there.", "same");
        store.Save(record, doc);

        Assert.Equal(SaveOutcome.Unchanged, store.Save(record with { IngestedAt = IngestedAt.AddDays(1) }, doc));
        Assert.Single(store.ListArticles());
        Assert.Single(store.Versions("a1"));
        Assert.Equal(IngestedAt, store.ListArticles()[0].IngestedAt);
    }

    [Fact]
    public void New_content_for_a_source_becomes_a_new_version_and_search_sees_only_the_current_one()
    {
        using var store = OpenStore();
        var (v1, d1) = Article("a1", "x.txt", "The talks were suspended in June.", "h1");
        var (v2, d2) = Article("a1", "x.txt", "The talks resumed in July.", "h2");
        store.Save(v1, d1);

        Assert.Equal(SaveOutcome.NewVersion, store.Save(v2, d2));
        Assert.Equal([1, 2], store.Versions("a1").Select(v => v.Version));
        Assert.Equal("The talks resumed in July.", store.FindArticle("a1")!.Body);
        Assert.Empty(store.Search("suspended"));
        Assert.Single(store.Search("resumed"));
    }

    [Fact]
    public void An_article_whose_annotations_cannot_be_written_leaves_nothing_behind()
    {
        using var store = OpenStore();
        var (good, goodDoc) = Article("a1", "good.txt", "A good article stays.", "h1");
        store.Save(good, goodDoc);
        var (bad, badDoc) = Article("a2", "bad.txt", "Short text.", "h2");
        badDoc.Entities.Add(new EntityMention(5, 500, "PERSON"));

        Assert.ThrowsAny<Exception>(() => store.Save(bad, badDoc));
        using var reopened = Reopen(store);
        Assert.Null(reopened.FindBySource("bad.txt"));
        Assert.Empty(reopened.Search("Short"));
        Assert.Equal(["good.txt"], reopened.ListArticles().Select(a => a.Source));
    }

    [Theory]
    [InlineData("Jalali", 1)]
    [InlineData("jal", 1)]
    [InlineData("\"not the case\"", 1)]
    [InlineData("\"the case not\"", 0)]
    [InlineData("Jalali ambassador", 1)]
    [InlineData("Jalali Putin", 0)]
    [InlineData("NEAR( OR AND * \"", 0)]
    [InlineData("", 0)]
    public void Search_matches_words_prefixes_and_phrases_and_never_treats_input_as_syntax(string query, int expected)
    {
        using var store = OpenStore();
        var (r, d) = Article("a1", "x.txt", "Iran's ambassador Kazem Jalali said this was not the case. Moscow disagreed.", "h");
        store.Save(r, d);

        Assert.Equal(expected, store.Search(query).Count);
    }

    [Fact]
    public void Search_hits_name_their_sentence_offsets()
    {
        using var store = OpenStore();
        var (r, d) = Article("a1", "x.txt", "Mokhber and Putin met on Thursday in Astana. Peskov said so.", "h");
        store.Save(r, d);

        var hit = Assert.Single(store.Search("Peskov"));
        Assert.Equal("Peskov said so.", r.Body[hit.Start..hit.End]);
        Assert.Equal(1, hit.Sentence);
    }

    [Fact]
    public void Search_ranks_only_the_newest_matches_so_its_cost_does_not_grow_with_the_store()
    {
        using var store = OpenStore();
        var (old, oldDoc) = Article("a1", "old.txt", "Sanctions sanctions sanctions were the theme. Nothing else.", "h1");
        store.Save(old, oldDoc);
        string many = string.Join(' ', Enumerable.Range(0, SearchBounds.Candidates).Select(i => "Sanctions were discussed in round " + i + "."));
        var (recent, recentDoc) = Article("a2", "recent.txt", many, "h2");
        store.Save(recent, recentDoc);

        // The old sentence would rank first (the word three times in a short sentence) but is not among the newest matches.
        var hits = store.Search("sanctions", 5);
        Assert.Equal(5, hits.Count);
        Assert.All(hits, h => Assert.Equal("a2", h.ArticleId));
        Assert.Equal("a1", Assert.Single(store.Search("sanctions theme")).ArticleId);
    }

    [Fact]
    public void A_phrase_is_found_in_an_old_sentence_below_many_newer_ones_that_hold_its_words_apart()
    {
        using var store = OpenStore();
        var (old, oldDoc) = Article("a1", "old.txt", "Talks resumed for and against the deal. Nothing else.", "h1");
        store.Save(old, oldDoc);
        string apart = string.Join(' ', Enumerable.Range(0, 3 * SearchBounds.Candidates).Select(i => "And the talks went on for round " + i + "."));
        var (recent, recentDoc) = Article("a2", "recent.txt", apart, "h2");
        store.Save(recent, recentDoc);
        var (update, updateDoc) = Article("a3", "update.txt", "Votes for and against. Votes FOR, and against.", "h3");
        store.Save(update, updateDoc);

        // Every newer sentence holds "for" and "and", none as the phrase: the old sentence is still among the newest matches.
        Assert.Equal(["a1", "a3"], store.Search("\"for and\"").Select(h => h.ArticleId).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(["Talks resumed for and against the deal."], store.Search("\"for and against\" deal").Select(h => h.Text));
        Assert.Equal(2, store.Search("\"for and\" vote").Count);
        Assert.Empty(store.Search("\"for and\" round"));
        Assert.Equal(3 * SearchBounds.Candidates, store.Search("\"the talks\"", 1000).Count);
    }

    [Fact]
    public void Finding_sentences_gives_the_hits_of_a_search_in_its_order_without_snippets()
    {
        using var store = OpenStore();
        var (old, oldDoc) = Article("a1", "old.txt", "Mokhber and Putin met on Thursday in Astana. Peskov said so. Putin left.", "h1");
        store.Save(old, oldDoc);
        string many = string.Join(' ', Enumerable.Range(0, SearchBounds.Candidates).Select(i => "Putin spoke in round " + i + " of the talks with Peskov."));
        var (recent, recentDoc) = Article("a2", "recent.txt", many, "h2");
        store.Save(recent, recentDoc);

        foreach (var (query, limit) in new[] { ("\"Putin\"", 400), ("Putin", 20), ("\"Peskov said\"", 5), ("Astana", 3), ("\"round 17\"", 10), ("Zzyzx", 10) })
        {
            var searched = store.Search(query, limit);
            var found = store.FindSentences(query, limit);
            Assert.Equal(searched.Select(h => h with { Snippet = string.Empty }), found);
            Assert.All(searched, h => Assert.NotEqual(string.Empty, h.Snippet));
            Assert.All(found, h => Assert.Equal(h.Text, (h.ArticleId == "a1" ? old : recent).Body[h.Start..h.End]));
        }

        Assert.Equal(SearchBounds.Candidates + 2, store.FindSentences("\"Putin\"", 400).Count);
    }

    [Fact]
    public void Articles_are_found_by_id_source_or_unique_file_name()
    {
        using var store = OpenStore();
        foreach (var (id, source) in new[] { ("a1", "samples/001_x.txt"), ("a2", "other/002_y.txt"), ("a3", "more/002_y.txt") })
        {
            var (r, d) = Article(id, source, "Text of " + id + ".", id);
            store.Save(r, d);
        }

        Assert.Equal("a1", store.FindArticle("a1")?.Id);
        Assert.Equal("a1", store.FindArticle("samples/001_x.txt")?.Id);
        Assert.Equal("a1", store.FindArticle("001_x")?.Id);
        Assert.Equal("a1", store.FindArticle("001_x.txt")?.Id);
        Assert.Null(store.FindArticle("002_y"));
        Assert.Null(store.FindArticle("nothing"));
    }

    [Fact]
    public void Articles_list_dated_first_by_date_then_undated()
    {
        using var store = OpenStore();
        foreach (var (id, date) in new[] { ("late", (DateOnly?)new DateOnly(2025, 1, 17)), ("none", null), ("early", new DateOnly(2024, 6, 11)) })
        {
            var (r, d) = Article(id, id + ".txt", "Body " + id + ".", id, date);
            store.Save(r, d);
        }

        Assert.Equal(["early", "late", "none"], store.ListArticles().Select(a => a.Id));
    }

    [Fact]
    public void A_page_of_the_article_list_is_that_part_of_the_whole_list_and_the_count_is_its_length()
    {
        using var store = OpenStore();
        // Dated, dated by an inferred range only, and undated articles, one of them with a second version: the pages
        // cross from the dated to the undated ones, and only current versions count.
        var days = new (string Id, DateOnly? Day)[]
        {
            ("d3", new DateOnly(2025, 3, 2)), ("u2", null), ("d1", new DateOnly(2024, 1, 9)), ("u1", null),
            ("d2", new DateOnly(2024, 1, 9)), ("u3", null), ("d4", new DateOnly(2026, 8, 30)),
        };
        foreach (var (id, day) in days)
        {
            var (r, d) = Article(id, id + ".txt", "Body of " + id + ".", id, day);
            store.Save(r, d);
        }

        var (ranged, rangedDoc) = Article("r1", "r1.txt", "Body of r1.", "r1");
        var range = new Dossier.Model.DateRange(new DateOnly(2024, 5, 1), new DateOnly(2024, 5, 31));
        store.Save(ranged with { Metadata = ranged.Metadata with { PublishedRange = range } }, rangedDoc);
        var (changed, changedDoc) = Article("u2", "u2.txt", "A new body of u2.", "u2b");
        store.Save(changed, changedDoc);

        using var reopened = Reopen(store);
        var all = reopened.ListArticles().Select(a => (a.Id, a.Version)).ToList();
        Assert.Equal(["d1", "d2", "r1", "d3", "d4", "u1", "u2", "u3"], all.Select(a => a.Id));
        Assert.Equal(8, reopened.CountArticles());
        for (int skip = 0; skip <= all.Count + 1; skip++)
        {
            foreach (int take in new[] { 0, 1, 3, 20 })
            {
                Assert.Equal(all.Skip(skip).Take(take), reopened.ListArticles(skip, take).Select(a => (a.Id, a.Version)));
            }
        }

        Assert.Equal("A new body of u2.", reopened.ListArticles(6, 1).Single().Body);
    }

    [Fact]
    public void Current_versions_list_each_article_once_in_ordinal_id_order_with_its_current_version()
    {
        using var store = OpenStore();
        // Upper case sorts before lower case ordinally, whatever the database's collation says.
        foreach (var id in new[] { "b", "a", "B" })
        {
            var (r, d) = Article(id, id + ".txt", "Body " + id + ".", id);
            store.Save(r, d);
        }

        var (changed, doc) = Article("a", "a.txt", "A new body for a.", "a2");
        store.Save(changed, doc);

        using var reopened = Reopen(store);
        Assert.Equal([new ArticleVersion("B", 1), new ArticleVersion("a", 2), new ArticleVersion("b", 1)], reopened.CurrentVersions());
    }

    [Fact]
    public void The_snapshot_keeps_the_fingerprint_of_the_versions_it_was_built_from()
    {
        using var store = OpenStore();
        Assert.Null(store.CorpusBuiltFrom());

        store.SaveCorpus(CorpusSnapshot.Empty with { BuiltFrom = "3f2a" });
        using var reopened = Reopen(store);
        Assert.Equal("3f2a", reopened.CorpusBuiltFrom());
        Assert.Equal("3f2a", reopened.LoadCorpus().BuiltFrom);

        reopened.SaveCorpus(CorpusSnapshot.Empty);
        Assert.Null(reopened.CorpusBuiltFrom());
    }

    [Fact]
    public void A_corpus_record_is_kept_per_article_under_the_build_that_encoded_it()
    {
        using var store = OpenStore();
        var (a1, d1) = Article("a", "a.txt", "Putin met Mokhber in Astana.", "a1");
        var (b1, e1) = Article("b", "b.txt", "Peskov said so on Thursday.", "b1");
        store.Save(a1, d1);
        store.Save(b1, e1);
        var a = new ArticleVersion("a", 1);
        Assert.Null(store.CorpusRecord(a, "build-1"));

        store.SaveCorpusRecords("build-1", [new CorpusRecordBlob(a, [1, 2, 3]), new CorpusRecordBlob(new ArticleVersion("b", 1), [0, 255])]);
        using var reopened = Reopen(store);
        Assert.Equal([1, 2, 3], reopened.CorpusRecord(a, "build-1"));
        Assert.Equal([0, 255], reopened.CorpusRecord(new ArticleVersion("b", 1), "build-1"));
        // Another build's readers may take other records from the same annotations: its records are not these.
        Assert.Null(reopened.CorpusRecord(a, "build-2"));

        // A new version's record replaces the old version's: one record per article.
        var (a2, d2) = Article("a", "a.txt", "Putin met Mokhber in Astana on Thursday.", "a2");
        reopened.Save(a2, d2);
        Assert.Equal([1, 2, 3], reopened.CorpusRecord(a, "build-1"));
        reopened.SaveCorpusRecords("build-2", [new CorpusRecordBlob(new ArticleVersion("a", 2), [9])]);
        Assert.Equal([9], reopened.CorpusRecord(new ArticleVersion("a", 2), "build-2"));
        Assert.Null(reopened.CorpusRecord(a, "build-1"));
        Assert.Equal([0, 255], reopened.CorpusRecord(new ArticleVersion("b", 1), "build-1"));
    }

    [Fact]
    public void A_corpus_record_is_read_from_its_start_as_far_as_asked()
    {
        using var store = OpenStore();
        var (a1, d1) = Article("a", "a.txt", "Putin met Mokhber in Astana.", "a1");
        store.Save(a1, d1);
        var a = new ArticleVersion("a", 1);
        byte[] data = [.. Enumerable.Range(0, 70_000).Select(i => (byte)(i * 7 % 251))];
        store.SaveCorpusRecords("build-1", [new CorpusRecordBlob(a, data)]);

        Assert.Null(store.CorpusRecordStart(a, "build-2", 10));
        Assert.Null(store.CorpusRecordStart(new ArticleVersion("a", 2), "build-1", 10));
        foreach (int length in new[] { 1, 10, 4_096, 69_999, 70_000, 1_000_000 })
        {
            Assert.Equal(data[..Math.Min(length, data.Length)], store.CorpusRecordStart(a, "build-1", length));
        }
    }

    [Fact]
    public void Diagnostics_are_kept_with_the_article()
    {
        using var store = OpenStore();
        var (r, d) = Article("a1", "x.txt", "Some text.", "h");
        d.Diagnostics.Add(new Diagnostic("DOS0021", "tagger", "failed: model missing"));
        store.Save(r, d);

        var stored = Assert.Single(store.Diagnostics());
        Assert.Equal(("a1", "DOS0021", "tagger"), (stored.ArticleId, stored.Code, stored.Stage));
    }

    [Fact]
    public void The_corpus_snapshot_is_replaced_whole_and_read_back()
    {
        using var store = OpenStore();
        Assert.Empty(store.LoadCorpus().Stories);
        var first = new CorpusSnapshot(
            new Dictionary<string, string> { ["b"] = "a" },
            new Dictionary<string, string> { ["a"] = "a", ["b"] = "a", ["c"] = "c" },
            [new Story("story:a", "Talks resume", ["a", "b", "c"], new DateOnly(2024, 6, 11), null)]);
        var second = new CorpusSnapshot(new Dictionary<string, string>(), new Dictionary<string, string> { ["a"] = "a" }, [new Story("story:a", "Only a", ["a"], null, null)]);

        store.SaveCorpus(first);
        using (var reopened = Reopen(store))
        {
            var loaded = reopened.LoadCorpus();
            Assert.Equal("a", loaded.DuplicateOf["b"]);
            Assert.Equal(2, loaded.IndependentSources(["a", "b", "c"]));
            var story = Assert.Single(loaded.Stories);
            Assert.Equal(("story:a", "Talks resume", new DateOnly(2024, 6, 11), (DateOnly?)null), (story.Id, story.Title, story.First, story.Last));
            Assert.Equal(["a", "b", "c"], story.Articles);
        }

        store.SaveCorpus(second);
        var replaced = store.LoadCorpus();
        Assert.Empty(replaced.DuplicateOf);
        Assert.Equal("Only a", Assert.Single(replaced.Stories).Title);
    }

    [Fact]
    public void A_corpus_written_item_by_item_replaces_the_saved_one_only_when_committed()
    {
        using var store = OpenStore();
        store.SaveCorpus(new CorpusSnapshot(new Dictionary<string, string>(), new Dictionary<string, string> { ["a"] = "a" }, [new Story("story:a", "Saved", ["a"], null, null)]));

        // Abandoned: what it staged never shows, and the saved snapshot stays whole.
        using (var abandoned = store.WriteCorpus())
        {
            abandoned.Write("story", "story:b", """{"Title":"Never","Articles":["b"],"First":null,"Last":null}""");
            Assert.Equal("Saved", Assert.Single(store.LoadCorpus().Stories).Title);
        }

        Assert.Equal("Saved", Assert.Single(store.LoadCorpus().Stories).Title);

        // More items than one staging batch, a kind discarded half way, and the items staged after it.
        using (var writer = store.WriteCorpus())
        {
            for (int i = 0; i < 5000; i++)
            {
                writer.Write("unit", "x" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture), "\"u\"");
            }

            writer.Write("story", "story:old", """{"Title":"Old round","Articles":["x00001"],"First":null,"Last":null}""");
            writer.Discard("unit");
            writer.Write("unit", "y", "\"u2\"");
            writer.Write("story", "story:c", """{"Title":"Written","Articles":["y"],"First":"2024-06-11","Last":null}""");
            // An item given as UTF-8 (as large entities are) reads back as the same text, letters beyond ASCII included.
            writer.Write("story", "story:d", System.Text.Encoding.UTF8.GetBytes("""{"Title":"Zürich “talks”","Articles":["y"],"First":null,"Last":null}"""));
            Assert.Equal("Saved", Assert.Single(store.LoadCorpus().Stories).Title);
            writer.Commit();
        }

        using var reopened = Reopen(store);
        var loaded = reopened.LoadCorpus();
        Assert.Equal(new Dictionary<string, string> { ["y"] = "u2" }, loaded.UnitOf);
        // Stories read back by id: story:c, story:d, story:old.
        Assert.Equal(["Written", "Zürich “talks”", "Old round"], loaded.Stories.Select(s => s.Title));
        Assert.Equal(new DateOnly(2024, 6, 11), loaded.Stories[0].First);
    }

    [Fact]
    public void Corpus_items_are_read_kind_by_kind_in_the_order_asked_each_in_id_order_and_a_part_not_asked_for_is_not_read()
    {
        using var store = OpenStore();
        using (var writer = store.WriteCorpus())
        {
            writer.Write("unit", "b", "\"a\"");
            writer.Write("unit", "a", "\"a\"");
            writer.Write("story", "story:a", """{"Title":"Talks","Articles":["a","b"],"First":null,"Last":null}""");
            // Neither of these could be read as what its kind holds: reading them would throw.
            writer.Write("event", "evt:1", "[1]");
            writer.Write("entity", "ent:1", "[2]");
            writer.Commit();
        }

        var read = new List<(string, string, string)>();
        store.ReadCorpusItems(["unit", "event", "story", "claim"], (kind, id, json) => read.Add((kind, id, json)));
        Assert.Equal([("unit", "a"), ("unit", "b"), ("event", "evt:1"), ("story", "story:a")], read.Select(i => (i.Item1, i.Item2)));
        Assert.Equal("[1]", read[2].Item3.Replace(" ", "", StringComparison.Ordinal));

        // One item by kind and id, read alone; none of another kind or an unknown id.
        Assert.Contains("Talks", store.CorpusItem("story", "story:a"), StringComparison.Ordinal);
        Assert.Equal("[1]", store.CorpusItem("event", "evt:1")?.Replace(" ", "", StringComparison.Ordinal));
        Assert.Null(store.CorpusItem("event", "story:a"));
        Assert.Null(store.CorpusItem("story", "story:b"));

        var core = store.LoadCorpus(CorpusParts.Core);
        Assert.Equal(1, core.IndependentSources(["a", "b"]));
        Assert.Equal("Talks", Assert.Single(core.Stories).Title);
        Assert.Empty(core.Events);
        Assert.Empty(core.Entities);
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => store.LoadCorpus(CorpusParts.Events));
    }

    [Fact]
    public void Entity_decisions_are_an_ordered_audit_trail_that_survives_reopening_and_corpus_rebuilds()
    {
        using var store = OpenStore();
        var decisions = Assert.IsAssignableFrom<IEntityDecisionStore>(store);
        var at = new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);
        var first = decisions.AddEntityDecision(new EntityDecision(EntityDecision.Merge, "ent:person:a") { Others = ["ent:person:b"], At = at, By = "ana", Reason = "same man" });
        var second = decisions.AddEntityDecision(new EntityDecision(EntityDecision.Rename, "ent:person:a") { Name = "A. Person", At = at });
        Assert.True(second.Sequence > first.Sequence);
        store.SaveCorpus(CorpusSnapshot.Empty);
        using var reopened = Reopen(store);
        var trail = ((IEntityDecisionStore)reopened).EntityDecisions();
        Assert.Equal([first.Sequence, second.Sequence], trail.Select(d => d.Sequence));
        Assert.Equal((EntityDecision.Merge, "ent:person:a", "ana", "same man", at), (trail[0].Kind, trail[0].Entity, trail[0].By, trail[0].Reason, trail[0].At));
        Assert.Equal(["ent:person:b"], trail[0].Others);
        Assert.Equal("A. Person", trail[1].Name);
    }

    [Fact]
    public void A_rebuilt_corpus_reapplies_the_decisions_to_the_entities_of_the_stored_articles()
    {
        using var store = OpenStore();
        var (record, doc) = Article("a1", "x.txt", "Mokhber and Putin met. Peskov said so.", "h1");
        doc.Entities.Add(new EntityMention(0, 7, "PERSON", "ent:person:mokhber"));
        doc.Entities.Add(new EntityMention(12, 17, "PERSON", "ent:person:putin"));
        doc.ResolvedEntities.Add(new ResolvedEntity("ent:person:mokhber", "Mokhber", "PERSON") { Country = "IRN" });
        doc.ResolvedEntities.Add(new ResolvedEntity("ent:person:putin", "Putin", "PERSON"));
        store.Save(record, doc);
        ((IEntityDecisionStore)store).AddEntityDecision(new EntityDecision(EntityDecision.Rename, "ent:person:mokhber") { Name = "Mohammad Mokhber" });
        ((IEntityDecisionStore)store).AddEntityDecision(new EntityDecision(EntityDecision.Delete, "ent:person:putin"));

        CorpusService.Rebuild(store);
        using var reopened = Reopen(store);
        var entities = reopened.LoadCorpus().Entities;
        var mokhber = Assert.Single(entities);
        Assert.Equal(("Mohammad Mokhber", "IRN"), (mokhber.Name, mokhber.Country));
        Assert.Equal((0, 7, "Mokhber"), (mokhber.Mentions[0].Start, mokhber.Mentions[0].End, mokhber.Mentions[0].Text));
    }

    /// <summary>An article with sentences split at ". " and whitespace tokens, some tags and mentions.</summary>
    protected static (ArticleRecord Record, Document Doc) Article(string id, string source, string body, string hash, DateOnly? published = null)
    {
        var metadata = new ArticleMetadata
        {
            Source = source,
            Title = "Title of " + id,
            Published = published ?? (id == "a1" ? new DateOnly(2024, 7, 5) : null),
            Dateline = "TEHRAN",
            Captions = ["A caption."],
        };
        var doc = new Document(id, body, metadata);
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        int sentence = 0, first = 0, sentenceStart = 0;
        for (int i = 0; i < body.Length;)
        {
            if (body[i] == ' ')
            {
                i++;
                continue;
            }

            int start = i;
            while (i < body.Length && body[i] != ' ')
            {
                i++;
            }

            tokens.Add(new Token(start, i, sentence));
            if (body[i - 1] == '.')
            {
                sentences.Add(new Sentence(sentenceStart, i, first, tokens.Count - first));
                sentence++;
                first = tokens.Count;
                sentenceStart = i + 1;
            }
        }

        if (first < tokens.Count)
        {
            sentences.Add(new Sentence(sentenceStart, body.Length, first, tokens.Count - first));
        }

        doc.SetTokens([.. tokens], [.. sentences]);
        for (int i = 0; i < tokens.Count; i++)
        {
            doc.Upos[i] = i % 2 == 0 ? "PROPN" : "VERB";
            doc.Deprels[i] = i == sentences[tokens[i].Sentence].FirstToken ? "root" : "dep";
            doc.Heads[i] = i == sentences[tokens[i].Sentence].FirstToken ? -1 : sentences[tokens[i].Sentence].FirstToken;
        }

        doc.Entities.Add(new EntityMention(tokens[0].Start, tokens[0].End, "PERSON", "ent:" + id));
        doc.Timexes.Add(new TimexMention(tokens[^1].Start, tokens[^1].End, "DATE", "2024-07-04") { Sentence = tokens[^1].Sentence, Anchor = "dct" });
        return (new ArticleRecord(id, 1, hash, metadata, body, IngestedAt), doc);
    }
}
