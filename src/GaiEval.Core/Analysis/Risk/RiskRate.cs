namespace GaiEval.Core.Analysis.Risk;

/// <summary>
/// One risk figure of one provider. <see cref="Rate"/> counts the decided responses only (its successes are the failures
/// for a figure better lower, the correct answers for <see cref="RiskMetrics.InjectionAccuracy"/>); <see cref="Undecided"/>
/// responses lacked a score the figure needs. <see cref="WorstCase"/> counts them against the provider, and is what a
/// criterion judges. With n = 0 there is no value: not measured, never 0.
/// </summary>
public sealed record RiskRate(string Metric, string Label, Proportion Rate, int Undecided, Proportion WorstCase)
{
    /// <summary>The figure a criterion judges: the worst case, a plain Wilson share when nothing was undecided.</summary>
    public Estimate GateEstimate() => Undecided == 0
        ? Estimate.FromProportion(WorstCase)
        : Estimate.FromProportion(WorstCase) with { Method = $"Wilson（未判定 {Undecided} 件を不利な側に算入）" };
}
