using System.Text;

namespace Dossier.Syntax.Training;

/// <summary>
/// Penn tags of the training sentences as a tagger that did not see them predicts them (jackknifing): the data is cut
/// into contiguous folds and each fold is tagged by a tagger trained on the others, with the first pass alone
/// (<see cref="First"/>) and with both passes (<see cref="Second"/>; the same tags for a one-pass tagger).
/// </summary>
internal sealed class HeldOutTags
{
    private const string Header = "dossier held-out tags 1";

    private HeldOutTags(string[][] first, string[][] second)
    {
        First = first;
        Second = second;
    }

    public string[][] First { get; }

    public string[][] Second { get; }

    public static HeldOutTags Of(IReadOnlyList<TreebankSentence> data, TagLexicon lexicon, TaggerTrainingOptions options, Action<string>? progress)
    {
        string key = Key(data, options);
        if (options.HeldOutTagsFile is { } file && File.Exists(file) && Read(file, key, data) is { } cached)
        {
            progress?.Invoke($"held-out tags read from {file}");
            return cached;
        }

        int folds = options.Jackknife;
        var first = new string[data.Count][];
        var second = new string[data.Count][];
        var fold = options with { Jackknife = 0, Epochs = options.JackknifeEpochs, HeldOutTagsFile = null };

        // Folds are independent (each its own data and seed), so they may run side by side and stay deterministic.
        Parallel.ForEach(JackknifeFold.Cut(data.Count, folds), new ParallelOptions { MaxDegreeOfParallelism = 2 }, part =>
        {
            int k = part.Index, start = part.Start, end = part.End;
            var train = part.Others(data);
            var tagger = TaggerTrainer.Train(train, lexicon, fold with { Seed = options.Seed + k }, null);
            var firstPass = tagger.FirstPass();
            long right1 = 0, right2 = 0, words = 0;
            for (int s = start; s < end; s++)
            {
                var g = data[s];
                first[s] = firstPass.Tag(g.Forms).Xpos;
                second[s] = tagger.Tag(g.Forms).Xpos;
                for (int i = 0; i < g.Length; i++)
                {
                    right1 += string.Equals(first[s][i], g.Xpos[i], StringComparison.Ordinal) ? 1 : 0;
                    right2 += string.Equals(second[s][i], g.Xpos[i], StringComparison.Ordinal) ? 1 : 0;
                }

                words += g.Length;
            }

            progress?.Invoke(FormattableString.Invariant(
                $"jackknife fold {k + 1}/{folds} ({train.Count} sentences, {fold.Epochs} epochs): held-out XPOS {100.0 * right1 / words:F2}% first pass, {100.0 * right2 / words:F2}% both"));
        });

        var tags = new HeldOutTags(first, second);
        if (options.HeldOutTagsFile is { } path)
        {
            tags.Write(path, key);
        }

        return tags;
    }

    // What the tags depend on: the folds, their epochs and seed, the passes and the data (its size and words).
    private static string Key(IReadOnlyList<TreebankSentence> data, TaggerTrainingOptions options)
    {
        ulong h = 0x84222325UL;
        foreach (var s in data)
        {
            foreach (var w in s.Forms)
            {
                h = FeatureHash.Mix(h, FeatureHash.Chars(w, lower: false));
            }
        }

        return FormattableString.Invariant(
            $"{Header}\tfolds {options.Jackknife}\tepochs {options.JackknifeEpochs}\tseed {options.Seed}\tright {options.RightContext}\tsentences {data.Count}\thash {h:x16}");
    }

    private void Write(string path, string key)
    {
        var text = new StringBuilder(key).Append('\n');
        for (int s = 0; s < First.Length; s++)
        {
            text.AppendJoin(' ', First[s]).Append('\t').AppendJoin(' ', Second[s]).Append('\n');
        }

        File.WriteAllText(path, text.ToString());
    }

    private static HeldOutTags? Read(string path, string key, IReadOnlyList<TreebankSentence> data)
    {
        int count = data.Count;
        var lines = File.ReadAllLines(path);
        if (lines.Length != count + 1 || !string.Equals(lines[0], key, StringComparison.Ordinal))
        {
            return null;
        }

        // The header names the same data, so a line that does not hold two tags per word is a damaged file: say which.
        var first = new string[count][];
        var second = new string[count][];
        for (int s = 0; s < count; s++)
        {
            var parts = lines[s + 1].Split('\t');
            first[s] = parts[0].Split(' ');
            second[s] = parts.Length == 2 ? parts[1].Split(' ') : [];
            if (parts.Length != 2 || first[s].Length != data[s].Length || second[s].Length != data[s].Length)
            {
                throw new InvalidDataException(FormattableString.Invariant(
                    $"DOS0234: {path} line {s + 2}: expected the two passes' tags of sentence {s + 1} ({data[s].Length} words each, separated by a tab); delete the file to tag the folds again."));
            }
        }

        return new HeldOutTags(first, second);
    }
}
