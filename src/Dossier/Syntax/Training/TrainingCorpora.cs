namespace Dossier.Syntax.Training;

/// <summary>The treebanks the shipped syntax models are trained and evaluated on, by short name.</summary>
public static class TrainingCorpora
{
    /// <summary>The corpora used when none are named: EWT train and the CC-BY GUM train documents.</summary>
    public static readonly string[] Default = ["ewt", "gum"];

    public static string TrainFile(string name) => name switch
    {
        "ewt" => Resources.SharedData.Combine("ud-ewt", "en_ewt-ud-train.conllu.gz"),
        "gum" => Resources.SharedData.Combine("gum", "en_gum-ccby-train.conllu.gz"),
        _ => throw new ArgumentException($"DOS0208: unknown corpus '{name}'; use ewt or gum.", nameof(name)),
    };

    public static string EwtDev => Resources.SharedData.Combine("ud-ewt", "en_ewt-ud-dev.conllu.gz");

    public static string GumDev => Resources.SharedData.Combine("gum", "en_gum-ccby-dev.conllu.gz");

    public static string Masc => Resources.SharedData.Combine("nltk", "masc_tagged.zip");

    public static List<TreebankSentence> Load(IEnumerable<string> names) => names.SelectMany(n => TreebankSentence.ReadConllu(TrainFile(n))).ToList();

    /// <summary>The repository's <c>models/en</c> folder (found upwards from the working directory), where training writes.</summary>
    public static string RepositoryModels
    {
        get
        {
            for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Dossier.slnx")))
                {
                    return Path.Combine(dir.FullName, "models", "en");
                }
            }

            throw new DirectoryNotFoundException("DOS0209: run training inside the repository (no Dossier.slnx above the working directory), or pass --output.");
        }
    }
}
