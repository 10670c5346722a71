namespace GaiEval.Core.Kpi.Measures;

/// <summary>How a per-user quantity spreads over users: mean, median and 90th percentile (type 7), over n users.</summary>
public sealed record TokenSpread(int N, double Mean, double P50, double P90);
