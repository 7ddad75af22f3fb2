using Dossier.Model;

namespace Dossier.Pipeline;

/// <summary>
/// A per-article stage: a pure function of the document (its text, metadata and earlier annotations) and the
/// stage's own resources. It never touches the store and never reads the wall clock.
/// </summary>
public interface IStage
{
    /// <summary>A short unique name (<c>tokenizer</c>, <c>tagger</c>, <c>temporal</c>), used to insert stages before or after others.</summary>
    string Name { get; }

    /// <summary>The layers that must be present before this stage runs.</summary>
    IReadOnlyCollection<Layer> Requires { get; }

    /// <summary>The layers this stage fills.</summary>
    IReadOnlyCollection<Layer> Provides { get; }

    void Process(Document document);
}
