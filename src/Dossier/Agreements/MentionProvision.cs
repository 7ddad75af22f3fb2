using Dossier.Model;

namespace Dossier.Agreements;

/// <summary>Something an article says an agreement provides ("collaboration on security matters"), or says it does not.</summary>
public sealed record MentionProvision(string Text, bool Negated, TextSpan Span, TextSpan Evidence);
