using Dossier.Model;

namespace Dossier.Quotes;

/// <summary>Who said something: the mention that names them, the words of the cue's own sentence when they differ ("he"), and a conduit.</summary>
internal sealed record Speaker(MentionRef? Named, MentionRef? Words, MentionRef? Conduit);
