namespace GaiEval.Scoring.Risk;

/// <summary>
/// How much of an answer repeats one source word for word, on normalised text: the longest common run of characters and
/// the share of the answer's 13-character n-grams found in the source. <see cref="Flagged"/> asks a person to look (a
/// screen for rights risk, not a legal finding).
/// </summary>
/// <param name="LongestRun">Characters of the longest run the answer and the source share.</param>
/// <param name="NgramCoverage">Share of the answer's distinct 13-grams that occur in the source (0 when the answer is shorter than 13).</param>
public sealed record VerbatimCopy(string SourceName, int LongestRun, double NgramCoverage, bool Exempt, bool Flagged);
