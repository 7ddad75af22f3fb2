using System.Globalization;

namespace Dossier.Text;

/// <summary>
/// Weights of the sentence-boundary classifier (a binary averaged perceptron over hashed features of a gap between
/// two tokens). A positive score means a sentence ends at the gap.
/// </summary>
public sealed class BoundaryModel
{
    /// <summary>Bumped whenever <see cref="BoundaryFeatures"/> or <see cref="FeatureHash"/> change, so stale weights fail loudly.</summary>
    public const string FeatureVersion = "boundary-features/5";

    private static readonly Lazy<BoundaryModel> Shared = new(() => Load(DefaultPath));

    private readonly Dictionary<ulong, float> weights;
    private readonly WeightTable table;

    public BoundaryModel(Dictionary<ulong, float> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        this.weights = weights;
        table = new WeightTable(weights);
    }

    /// <summary>Where the installed model lives: <c>models/en/sentences/boundary.model</c>.</summary>
    public static string DefaultPath => Dossier.Resources.ResourceLocator.Model("en", "sentences", "boundary.model");

    /// <summary>The installed model, loaded once.</summary>
    public static BoundaryModel Default => Shared.Value;

    public int Count => weights.Count;

    public float Score(ReadOnlySpan<ulong> features)
    {
        float score = 0;
        foreach (ulong f in features)
        {
            score += table.Get(f);
        }

        return score;
    }

    /// <summary>Writes the weights as text: a header naming the feature version and provenance, then "hash weight" lines.</summary>
    public void Save(string path, IEnumerable<string> provenance)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = new StreamWriter(path);
        writer.NewLine = "\n";
        writer.WriteLine($"# FORMAT: {FeatureVersion}; one feature per line: 16 hex digits of its hash, a tab, its weight");
        foreach (string line in provenance)
        {
            writer.WriteLine($"# {line}");
        }

        foreach (var (hash, weight) in weights.OrderBy(kv => kv.Key))
        {
            writer.Write(hash.ToString("x16", CultureInfo.InvariantCulture));
            writer.Write('\t');
            writer.WriteLine(weight.ToString("G6", CultureInfo.InvariantCulture));
        }
    }

    public static BoundaryModel Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"DOS0110: sentence-boundary model {path} does not exist; run 'dossier train sentences' or restore models/en/sentences/boundary.model.", path);
        }

        var weights = new Dictionary<ulong, float>();
        int number = 0;
        bool versionSeen = false;
        foreach (string line in File.ReadLines(path))
        {
            number++;
            if (line.StartsWith('#'))
            {
                versionSeen |= line.Contains(FeatureVersion, StringComparison.Ordinal);
                continue;
            }

            if (line.Length == 0)
            {
                continue;
            }

            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab != 16
                || !ulong.TryParse(line.AsSpan(0, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong hash)
                || !float.TryParse(line.AsSpan(17), NumberStyles.Float, CultureInfo.InvariantCulture, out float weight))
            {
                throw new InvalidDataException($"DOS0111: {path}:{number} is not 'hash<TAB>weight'; retrain with 'dossier train sentences'.");
            }

            weights[hash] = weight;
        }

        if (!versionSeen)
        {
            throw new InvalidDataException($"DOS0112: {path} was not trained with {FeatureVersion}; retrain with 'dossier train sentences'.");
        }

        return new BoundaryModel(weights);
    }
}
