using System.IO.Compression;
using System.Text;

namespace Dossier.Entities.Ner;

/// <summary>
/// The saved entity tagger: label types, gazetteer (phrase hashes only), cluster paths (by word hash) and sparse
/// weights, in one gzip'd binary file. Weights below a threshold are dropped to keep the file small.
/// </summary>
public static class NerModelFile
{
    private const string Magic = "DOSSIER-NER-2";
    private const string MagicVersion1 = "DOSSIER-NER-1";

    public static void Save(NerTagger tagger, string path, float threshold = 0.001f)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var w = new BinaryWriter(gzip, Encoding.UTF8);
        w.Write(Magic);
        w.Write(tagger.Extended);
        w.Write(tagger.BeamWidth);
        w.Write(tagger.Temperature);
        WriteStrings(w, tagger.Labels.Types);
        WriteStrings(w, tagger.Gazetteer.Categories);
        w.Write(tagger.Gazetteer.Count);
        foreach (var (hash, mask) in tagger.Gazetteer.Phrases.OrderBy(p => p.Key))
        {
            w.Write(hash);
            w.Write(mask);
        }

        w.Write(tagger.Clusters.Count);
        foreach (var (hash, clusterPath) in tagger.Clusters.Paths.OrderBy(p => p.Key))
        {
            w.Write(hash);
            w.Write(clusterPath);
        }

        WriteRows(w, tagger.Perceptron, threshold);
        w.Write(tagger.FirstPass is not null);
        if (tagger.FirstPass is not null)
        {
            WriteRows(w, tagger.FirstPass.Perceptron, threshold);
        }
    }

    private static void WriteRows(BinaryWriter w, AveragedPerceptron perceptron, float threshold)
    {
        var rows = perceptron.Rows(threshold).OrderBy(r => r.Feature).ToList();
        w.Write(rows.Count);
        foreach (var (feature, weights) in rows)
        {
            w.Write(feature);
            var span = weights.Span;
            byte nonZero = 0;
            foreach (float v in span)
            {
                nonZero += Math.Abs(v) >= threshold ? (byte)1 : (byte)0;
            }

            w.Write(nonZero);
            for (int l = 0; l < span.Length; l++)
            {
                if (Math.Abs(span[l]) >= threshold)
                {
                    w.Write((byte)l);
                    w.Write((Half)span[l]);
                }
            }
        }
    }

    private static AveragedPerceptron ReadRows(BinaryReader r, int labelCount)
    {
        int rowCount = r.ReadInt32();
        var rows = new Dictionary<ulong, int>(rowCount);
        var weights = new float[rowCount * labelCount];
        for (int i = 0; i < rowCount; i++)
        {
            int row = i * labelCount;
            rows[r.ReadUInt64()] = row;
            int nonZero = r.ReadByte();
            for (int k = 0; k < nonZero; k++)
            {
                int label = r.ReadByte();
                weights[row + label] = (float)r.ReadHalf();
            }
        }

        return AveragedPerceptron.FromRows(labelCount, rows, weights);
    }

    public static NerTagger Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"DOS0505: the entity tagger model {path} does not exist; run `dossier train ner` to create it.", path);
        }

        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var r = new BinaryReader(new BufferedStream(gzip, 1 << 16), Encoding.UTF8);
        string magic = r.ReadString();
        if (magic != Magic && magic != MagicVersion1)
        {
            throw new InvalidDataException($"DOS0506: {path} is not a Dossier entity tagger model ({Magic}); retrain it with `dossier train ner`.");
        }

        bool version2 = magic == Magic;
        bool extended = version2 && r.ReadBoolean();
        int beam = version2 ? r.ReadInt32() : 1;
        float temperature = version2 ? r.ReadSingle() : 1f;

        var labels = new NerLabels(ReadStrings(r));
        var categories = ReadStrings(r);
        int phraseCount = r.ReadInt32();
        var phrases = new Dictionary<ulong, ushort>(phraseCount);
        for (int i = 0; i < phraseCount; i++)
        {
            phrases[r.ReadUInt64()] = r.ReadUInt16();
        }

        int clusterCount = r.ReadInt32();
        var clusters = new Dictionary<ulong, string>(clusterCount);
        for (int i = 0; i < clusterCount; i++)
        {
            clusters[r.ReadUInt64()] = r.ReadString();
        }

        var perceptron = ReadRows(r, labels.Count);
        var gazetteer = new Gazetteer(categories, phrases);
        var wordClusters = new WordClusters(clusters);
        NerTagger? first = r.ReadBoolean()
            ? new NerTagger(labels, ReadRows(r, labels.Count), gazetteer, wordClusters) { Extended = extended, BeamWidth = beam, Temperature = temperature }
            : null;
        return new NerTagger(labels, perceptron, gazetteer, wordClusters) { FirstPass = first, Extended = extended, BeamWidth = beam, Temperature = temperature };
    }

    private static void WriteStrings(BinaryWriter w, IReadOnlyList<string> values)
    {
        w.Write(values.Count);
        foreach (string v in values)
        {
            w.Write(v);
        }
    }

    private static string[] ReadStrings(BinaryReader r)
    {
        var values = new string[r.ReadInt32()];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = r.ReadString();
        }

        return values;
    }
}
