using AngleSharp.Html.Parser;
using Dossier.Ingest.Html;

namespace Dossier.Ingest.Tests.Html;

/// <summary>
/// One small page per extraction rule (issue 9, second round), each with text that must be kept and text that must
/// not: furniture-named wrappers of the article, sibling sections of prose, furniture inside the article's
/// container, the whole-page fallback, and class names that describe a layout rather than furniture.
/// </summary>
public sealed class ExtractionRuleTests
{
    private static string Body(string html) => HtmlArticleExtractor.Extract(html, new Uri("https://example.org/a")).Body;

    private const string ArticleProse = """
        <p>The town council of Northbridge voted on Tuesday to rebuild the old stone bridge, which has been closed to traffic since the flood of last spring.</p>
        <p>Work is to start in March, the mayor said, and should take about eighteen months, during which a ferry will carry pedestrians across the river.</p>
        <p>The cost, estimated at four million, will be shared between the town, the county and a regional fund for damaged infrastructure.</p>
        """;

    private const string AboutBox = """
        <div class="about-us"><p>Northbridge Weekly is an independent paper, founded by readers, printed every Friday and delivered free to every household in the valley.</p>
        <p>Our office on Mill Lane is open on weekdays, and letters to the editor are welcome on any subject that concerns the valley and its people.</p></div>
        """;

    [Fact]
    public void Keeps_the_article_inside_a_wrapper_named_after_its_sidebar()
    {
        var html = $"""
            <html><body>
            <div class="container_wrap sidebar_right">
              <main class="content"><article class="post"><div class="entry-content">{ArticleProse}</div></article></main>
              <div class="sidebar"><p>Archive: January, February, March, April and May of this year.</p></div>
            </div>
            {AboutBox}
            </body></html>
            """;

        var body = Body(html);

        Assert.Contains("voted on Tuesday to rebuild the old stone bridge", body, StringComparison.Ordinal);
        Assert.Contains("shared between the town, the county", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Archive: January", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_popup_holding_the_longest_content_block_is_still_removed()
    {
        var popupText = string.Join(' ', Enumerable.Repeat("Join our members' club for discounts, early tickets, a quarterly magazine and invitations to events.", 6));
        var html = $"""
            <html><body>
            <div class="popup-overlay"><div class="modal-content"><p>{popupText}</p></div></div>
            <div class="page"><article><div class="entry-content">{ArticleProse}</div></article></div>
            </body></html>
            """;

        var body = Body(html);

        Assert.Contains("Work is to start in March", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Join our members' club", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sibling_section_of_plain_prose_joins_the_article_but_an_author_note_does_not()
    {
        const string html = """
            <html><body><div class="wrap">
              <div class="section-one">
                <p>The library reopens on Monday, after a year of repairs, with a new roof, a lift and longer hours.</p>
                <p>Children's books, which were stored in the school hall, are back on the ground floor, next to the café.</p>
                <p>Members keep their cards, the librarian said, and fines run up during the closure are cancelled.</p>
                <p>The repairs, paid for by the county, the town and a bequest from a former teacher, cost less than planned.</p>
                <p>On Saturday, the first day of the new hours, the doors open at eight, an hour earlier than before, for a reading by pupils.</p>
              </div>
              <div class="section-two"><div class="text">The reading room on the first floor keeps its old oak tables and green lamps, and the local history collection moves next to it so that visitors can study maps of the valley under good light without asking staff to fetch them from the basement store first</div></div>
              <div class="author-note"><div class="text">Maria Lind has written about the valley's public buildings for twenty years and is working on a book about its railway stations and their architects who came from the north</div></div>
            </div></body></html>
            """;

        var body = Body(html);

        Assert.Contains("The library reopens on Monday", body, StringComparison.Ordinal);
        Assert.Contains("keeps its old oak tables", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Maria Lind has written", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""<ul class="related_post"><li><a href="/p/1">Older post</a> <small>Another long story about the ferry timetable that readers may also enjoy reading today.</small></li></ul>""", "Another long story about the ferry")]
    [InlineData("""<div class="author-description"><p>Tom Reed reports on local politics and lives in the valley with his two dogs.</p></div>""", "Tom Reed reports on local politics")]
    [InlineData("""<div class="article-copyright"><p>Reproduction only with the written consent of the publishing house.</p></div>""", "Reproduction only with the written consent")]
    [InlineData("""<div class="sharedaddy sd-like"><h3>Like this:</h3><p>Be the first person here to like this post today.</p></div>""", "Be the first person here")]
    [InlineData("""<p class="postmetadata">This entry was posted on Tuesday and is filed under Local News.</p>""", "This entry was posted on Tuesday")]
    [InlineData("""<div class="legende">The old bridge after the flood, seen from the east bank in April.</div>""", "seen from the east bank")]
    [InlineData("""<h5 class="bilduntertitel">Der Fluss bei Hochwasser, vom Ostufer aus gesehen.</h5>""", "vom Ostufer aus gesehen")]
    public void Removes_furniture_boxes_inside_the_article_container(string furniture, string mustNotContain)
    {
        var html = $"""
            <html><body><div class="post"><div class="entry">{ArticleProse}{furniture}</div></div></body></html>
            """;

        var body = Body(html);

        Assert.Contains("voted on Tuesday to rebuild the old stone bridge", body, StringComparison.Ordinal);
        Assert.DoesNotContain(mustNotContain, body, StringComparison.Ordinal);
    }

    [Fact]
    public void Falls_back_to_the_whole_page_when_the_located_block_holds_next_to_nothing()
    {
        const string html = """
            <html><body><div class="recipe">
              <p><a href="/">Home</a> <a href="/recipes">Recipes</a></p>
              <div class="intro-note"><p>Serves four, keeps two days, freezes well.</p></div>
              <div class="ingredients">
                <h3>For the dough</h3><ul><li>250 g flour</li><li>125 g butter</li><li>1 egg</li><li>2 tbsp sugar</li></ul>
                <h3>For the topping</h3><ul><li>400 g plums</li><li>1 tsp cinnamon</li><li>50 g almonds</li></ul>
              </div>
            </div></body></html>
            """;

        var body = Body(html);

        Assert.Contains("Serves four", body, StringComparison.Ordinal);
        Assert.Contains("125 g butter", body, StringComparison.Ordinal);
        Assert.Contains("400 g plums", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Recipes", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("layout has-sidebar", false)]
    [InlineData("recipe-steps no-print", false)]
    [InlineData("col-md-6 print-full", false)]
    [InlineData("off-canvas-wrap", false)]
    [InlineData("dialog-off-canvas-main-canvas", false)]
    [InlineData("article-header", false)]
    [InlineData("ingredients table-header", false)]
    [InlineData("site-header", true)]
    [InlineData("header", true)]
    [InlineData("off-canvas", true)]
    [InlineData("offcanvas-menu", true)]
    [InlineData("sidebar", true)]
    [InlineData("share-buttons", true)]
    public void Layout_modifiers_are_not_furniture_names(string classes, bool furniture)
    {
        var document = new HtmlParser().ParseDocument($"""<div class="{classes}">x</div>""");
        var element = document.Body!.FirstElementChild!;

        Assert.Equal(furniture, BoilerplatePatterns.IsBoilerplateName(BoilerplatePatterns.Names(element)));
    }
    [Fact]
    public void Uses_the_json_ld_article_body_when_the_page_renders_its_text_by_script()
    {
        const string html = """
            <html><head>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Bridge to be rebuilt",
              "articleBody":"The town council of Northbridge voted on Tuesday to rebuild the old stone bridge, which has been closed to traffic since the flood of last spring.\nWork is to start in March, the mayor said, and should take about eighteen months, during which a ferry will carry pedestrians across the river.\nThe cost, estimated at four million, will be shared between the town, the county and a regional fund for damaged infrastructure."}
            </script></head>
            <body><div id="app"><div class="menu-bar">Home | News | Sport</div><p>Loading the article, please wait.</p></div>
            <div class="cookie-banner-text">We use cookies to improve this site.</div></body></html>
            """;

        var body = Body(html);

        Assert.Contains("voted on Tuesday to rebuild the old stone bridge", body, StringComparison.Ordinal);
        Assert.Contains("shared between the town, the county", body, StringComparison.Ordinal);
        Assert.Contains("\n\nWork is to start in March", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Loading the article", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_the_located_text_when_the_json_ld_article_body_is_only_a_summary()
    {
        var html = $$"""
            <html><head>
            <script type="application/ld+json">{"@type":"NewsArticle","articleBody":"Council votes to rebuild the bridge; a summary for search engines that differs from the page."}</script>
            </head><body><article>{{ArticleProse}}</article></body></html>
            """;

        var body = Body(html);

        Assert.Contains("Work is to start in March", body, StringComparison.Ordinal);
        Assert.DoesNotContain("a summary for search engines", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_an_article_repeated_in_noscript_but_not_a_javascript_note()
    {
        var html = $"""
            <html><body>
            <div class="post-body"><script type="text/template">{ArticleProse}</script><noscript>{ArticleProse}</noscript></div>
            <noscript><p>Please enable JavaScript to use all the features of this site.</p></noscript>
            </body></html>
            """;

        var body = Body(html);

        Assert.Contains("voted on Tuesday to rebuild the old stone bridge", body, StringComparison.Ordinal);
        Assert.Contains("shared between the town, the county", body, StringComparison.Ordinal);
        Assert.DoesNotContain("enable JavaScript", body, StringComparison.Ordinal);
    }
}
