namespace GaiEval.Core.Analysis.Economics;

/// <summary>A category left out of the time saved, listed rather than counted as zero, with the reason in Japanese.</summary>
/// <param name="MonthlyVolume">The plan's volume for the category; null when it has none.</param>
public sealed record CategoryNotEstimated(string Category, CategoryGap Reason, double? MonthlyVolume, string Message);
