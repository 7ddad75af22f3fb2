namespace Dossier.Syntax;

/// <summary>A closed set of string labels (tags, relations) numbered in order of first appearance.</summary>
internal sealed class LabelSet
{
    private readonly List<string> names = [];
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);

    public LabelSet()
    {
    }

    public LabelSet(IEnumerable<string> labels)
    {
        foreach (string label in labels)
        {
            Add(label);
        }
    }

    public int Count => names.Count;

    public IReadOnlyList<string> Names => names;

    public string this[int id] => names[id];

    public int Add(string label)
    {
        if (!ids.TryGetValue(label, out int id))
        {
            id = names.Count;
            names.Add(label);
            ids[label] = id;
        }

        return id;
    }

    /// <summary>The id of a label, or -1 when it is not in the set.</summary>
    public int Id(string label) => ids.TryGetValue(label, out int id) ? id : -1;

    public void Write(BinaryWriter writer)
    {
        writer.Write(names.Count);
        foreach (string name in names)
        {
            writer.Write(name);
        }
    }

    public static LabelSet Read(BinaryReader reader)
    {
        int n = reader.ReadInt32();
        var set = new LabelSet();
        for (int i = 0; i < n; i++)
        {
            set.Add(reader.ReadString());
        }

        return set;
    }
}
