namespace GaiEval.Scoring.Grounding;

/// <summary>The facts no passage states, and how many facts of the answer were checked in all.</summary>
public sealed record FactCheckResult(IReadOnlyList<UnsupportedFact> Unsupported, int Checked);
