using Dossier.Model;
using Dossier.Text;

namespace Dossier.Tests.Text;

/// <summary>Sentence splitting on the seed articles, with partial must / must-not expectations.</summary>
public sealed class SeedArticleTests
{
    [Fact]
    public void Sept_30_ends_its_sentence_and_the_next_quote_starts_a_new_one()
    {
        var sentences = Sentences("003");

        Assert.Contains(sentences, s => s.EndsWith("Mohammad Reza Aref on Sept. 30.", StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.StartsWith("“We welcome Iran’s firm decision", StringComparison.Ordinal));
    }

    [Fact]
    public void The_headline_and_the_dateline_of_001_are_sentences_of_their_own()
    {
        var sentences = Sentences("001");

        Assert.Equal("Iran, Russia relations remains unchanging: Mokhber delivers Leader’s message to Putin", sentences[0]);
        Assert.Equal("July 5, 2024 - 23:2", sentences[1]);
        Assert.StartsWith("TEHRAN – During a meeting with Russian President Vladimir Putin on Thursday", sentences[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("003", "U.S. Secretary of State Antony Blinken")]
    [InlineData("003", "Russia and Iran—both targets of Western sanctions—have become increasingly close")]
    [InlineData("001", "The INSTC, a 7,200 km multi-modal network, was established")]
    [InlineData("000", "Mokhber and Putin met on Thursday in Astana, Kazakhstan's capital, during the Shanghai Cooperation Organization summit.")]
    public void No_sentence_ends_inside(string article, string passage)
    {
        var sentences = Sentences(article);

        Assert.Contains(sentences, s => s.Contains(passage, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Every_line_of_a_seed_article_ends_a_sentence(string article)
    {
        string text = File.ReadAllText(RepositoryPaths.Sample(article));
        var document = new Document(article, text);
        new TokenizerStage().Process(document);
        var ends = document.Sentences.Select(s => s.End).ToHashSet();

        int offset = 0;
        foreach (string line in text.Split('\n'))
        {
            string trimmed = line.TrimEnd();
            if (trimmed.Trim().Length > 0)
            {
                Assert.Contains(offset + trimmed.Length, ends);
            }

            offset += line.Length + 1;
        }
    }

    private static List<string> Sentences(string article)
    {
        string text = File.ReadAllText(RepositoryPaths.Sample(article));
        var (_, sentences) = TextSegmenter.Default.Segment(text);
        return [.. sentences.Select(s => s.Span.Slice(text))];
    }
}
