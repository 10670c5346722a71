namespace GaiEval.Scoring.Contamination;

/// <summary>How far an answer reproduces a withheld second half (see <see cref="CompletionCheck"/>).</summary>
/// <param name="LongestRun">Characters of the longest run the answer shares with the second half, both normalised.</param>
/// <param name="Coverage">Share of the second half's distinct 13-grams found in the answer (0 when it has none).</param>
/// <param name="Completed">True when the answer reproduces the second half.</param>
public sealed record CompletionJudgement(int LongestRun, double Coverage, bool Completed);
