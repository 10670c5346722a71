namespace GaiEval.Core.Kpi.Measures;

/// <summary>利用者満足度 per wave, waves in order.</summary>
public sealed record SatisfactionResult(IReadOnlyList<WaveSatisfaction> Waves);
