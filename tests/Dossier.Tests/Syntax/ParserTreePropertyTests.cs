using Dossier.Syntax;
using FsCheck.Xunit;

namespace Dossier.Tests.Syntax;

public sealed class ParserTreePropertyTests
{
    private static readonly string[] Vocabulary =
        ["Iran", "and", "Russia", "signed", "a", "treaty", "on", "Friday", ",", "said", "the", "minister", ".", "not", "\"", "(", ")", "talks", "in", "Moscow", "that", "will", "be", "held", "2024", "its", "who", "'s"];

    /// <summary>Whatever the words, the parser returns one tree per sentence: one root, heads inside, no cycle.</summary>
    [Property(MaxTest = 200)]
    public bool Any_word_sequence_parses_into_a_single_rooted_tree(int[] picks)
    {
        if (picks is null || picks.Length == 0)
        {
            return true;
        }

        var words = picks.Select(p => Vocabulary[(int)((uint)p % (uint)Vocabulary.Length)]).ToArray();
        var models = SyntaxModels.Default;
        var (xpos, upos) = models.Tagger.Tag(words);
        var (heads, deprels) = models.Parser.Parse(words, xpos, upos);

        int roots = heads.Count(h => h == -1);
        bool inRange = heads.All(h => h >= -1 && h < words.Length);
        bool rootLabels = Enumerable.Range(0, words.Length).All(i => (heads[i] == -1) == (deprels[i] == "root"));
        bool acyclic = Enumerable.Range(0, words.Length).All(i =>
        {
            int steps = 0;
            for (int h = i; h != -1; h = heads[h])
            {
                if (++steps > words.Length)
                {
                    return false;
                }
            }

            return true;
        });
        return roots == 1 && inRange && rootLabels && acyclic;
    }
}
