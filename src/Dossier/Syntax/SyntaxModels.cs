using Dossier.Resources;

namespace Dossier.Syntax;

/// <summary>
/// The shipped syntax models (models/en/tagger.bin, lemmatizer.tsv, parser.bin), loaded together once. Loading
/// takes well under a second; share one instance across documents and threads (the models are read-only).
/// </summary>
public sealed class SyntaxModels
{
    private static readonly Lazy<SyntaxModels> Shipped = new(() => Load(ResourceLocator.Model("en")));

    private SyntaxModels(PosTagger tagger, Lemmatizer lemmatizer, DependencyParser parser)
    {
        Tagger = tagger;
        Lemmatizer = lemmatizer;
        Parser = parser;
    }

    /// <summary>The models shipped under models/en, loaded on first use.</summary>
    public static SyntaxModels Default => Shipped.Value;

    public PosTagger Tagger { get; }

    public Lemmatizer Lemmatizer { get; }

    public DependencyParser Parser { get; }

    public static SyntaxModels Load(string directory) => new(
        PosTagger.Load(Path.Combine(directory, TaggerFile)),
        Lemmatizer.Load(Path.Combine(directory, LemmatizerFile)),
        DependencyParser.Load(Path.Combine(directory, ParserFile)));

    /// <summary>Bundles models already in memory (training uses it to score a parser between epochs).</summary>
    public static SyntaxModels Create(PosTagger tagger, Lemmatizer lemmatizer, DependencyParser parser) => new(tagger, lemmatizer, parser);

    public const string TaggerFile = "tagger.bin";
    public const string LemmatizerFile = "lemmatizer.tsv";
    public const string ParserFile = "parser.bin";
}
