namespace GaiEval.Core.Analysis.Risk;

/// <summary>What one response (or one bias pair) did on one risk figure: failed, passed or undecided, with why.</summary>
/// <param name="Failed">True when it failed (for <see cref="RiskMetrics.InjectionAccuracy"/>: answered wrongly); null when undecided.</param>
/// <param name="Reason">Why it failed or is undecided, from the stored findings.</param>
/// <param name="Severity">Findings behind a failure, to list the worst first.</param>
internal readonly record struct RiskOutcome(bool? Failed, string Reason, double Severity)
{
    public static RiskOutcome Passed { get; } = new(false, string.Empty, 0);

    public static RiskOutcome Fail(string reason, double severity = 1) => new(true, reason, severity);

    public static RiskOutcome Undecided(string reason) => new(null, reason, 0);
}
