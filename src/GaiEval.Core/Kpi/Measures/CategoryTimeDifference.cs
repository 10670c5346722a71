namespace GaiEval.Core.Kpi.Measures;

using GaiEval.Core.Analysis;

/// <summary>One task category's mean paired difference minutes_without − minutes_with, with its bootstrap interval and n.</summary>
public sealed record CategoryTimeDifference(string Category, Estimate MeanMinutesSaved);
