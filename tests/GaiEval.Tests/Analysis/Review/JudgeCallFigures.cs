namespace GaiEval.Tests.Analysis.Review;

/// <summary>What a judge call records on each of its metrics: the judge's provider, model, tokens, milliseconds and attempts.</summary>
public sealed record JudgeCallFigures(string Judge, string Model, int InputTokens, int OutputTokens, int LatencyMs, int Attempts = 1);
