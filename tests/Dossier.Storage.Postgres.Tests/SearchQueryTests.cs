namespace Dossier.Storage.Postgres.Tests;

/// <summary>How typed queries become tsquery literals and snippets (no server needed).</summary>
public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("Jalali", "'jalali':*")]
    [InlineData("\"not the case\" Jalali", "'jalali':* & ('not' <-> 'the' <-> 'case')")]
    [InlineData("NEAR(a b) | !x & y:*", "'neara':* & 'b':* & 'x':* & 'y':*")]
    [InlineData("Téhéran's", "'teherans':*")]
    [InlineData("\"Putin\"", "'putin'")]
    public void Queries_become_safe_tsquery_literals(string query, string expected)
    {
        Assert.Equal(expected, SearchQuery.Parse(query).ToTsQuery());
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"\"")]
    [InlineData("* ( ) ! & |")]
    public void Queries_without_letters_or_digits_are_empty(string query)
    {
        Assert.True(SearchQuery.Parse(query).IsEmpty);
    }

    [Fact]
    public void Text_becomes_folded_positioned_lexemes()
    {
        Assert.Equal("'iran':1 's':2 'president':3 'a':4 'parle':5", SearchTokens.ToTsVector("Iran's Président a parlé."));
    }

    [Fact]
    public void A_long_sentence_is_cut_to_a_window_around_the_first_match()
    {
        string sentence = string.Join(' ', Enumerable.Range(0, 40).Select(i => "w" + i)) + " Jalali spoke.";

        string snippet = SearchQuery.Parse("jalali").Snippet(sentence, maxTokens: 8);

        Assert.Equal("…w34 w35 w36 w37 w38 w39 [Jalali] spoke.", snippet);
    }
}
