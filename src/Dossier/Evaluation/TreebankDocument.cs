using Dossier.Model;

namespace Dossier.Evaluation;

/// <summary>
/// A treebank document turned back into raw text (see <see cref="TreebankText"/>), with its gold sentence ends,
/// surface tokens and syntactic words as character spans into <see cref="Text"/>.
/// </summary>
public sealed record TreebankDocument(
    string Id,
    string Text,
    IReadOnlyList<int> SentenceEnds,
    IReadOnlyList<TextSpan> Tokens,
    IReadOnlyList<TextSpan> Words);
