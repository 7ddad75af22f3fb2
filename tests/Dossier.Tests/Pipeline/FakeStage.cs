using Dossier.Model;
using Dossier.Pipeline;

namespace Dossier.Tests.Pipeline;

/// <summary>A stage that only declares its layers (and throws when asked to), for tests of how pipelines are put together.</summary>
internal sealed class FakeStage(string name, Layer[] requires, Layer[] provides, bool throws = false) : IStage
{
    public string Name => name;

    public IReadOnlyCollection<Layer> Requires => requires;

    public IReadOnlyCollection<Layer> Provides => provides;

    public void Process(Document document)
    {
        if (throws)
        {
            throw new InvalidOperationException("model file is corrupt");
        }
    }
}
