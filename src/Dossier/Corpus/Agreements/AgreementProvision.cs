using Dossier.Corpus.Claims;

namespace Dossier.Corpus.Agreements;

/// <summary>Something an agreement is reported to provide, or (<see cref="Negated"/>) not to provide.</summary>
public sealed record AgreementProvision(string Text, bool Negated, ArticleEvidence Evidence);
