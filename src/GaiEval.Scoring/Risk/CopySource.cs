namespace GaiEval.Scoring.Risk;

/// <summary>
/// A text an answer may have copied from (a retrieved passage, a document given in the question).
/// <paramref name="Exempt"/> marks the ward's own documents and laws, which may be quoted; they are screened but never flagged.
/// </summary>
public sealed record CopySource(string Name, string Text, bool Exempt = false);
