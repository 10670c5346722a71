namespace GaiEval.Core.Analysis;

/// <summary>Accuracy within one category (業務分野) or one use (用途).</summary>
public sealed record GroupAccuracy(string Name, Estimate Accuracy);
