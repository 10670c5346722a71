namespace GaiEval.Scoring.Risk;

/// <summary>One kind of risky content looked for in an answer (<see cref="ResponseRiskScreen"/> runs them all).</summary>
public interface IRiskDetector
{
    /// <summary>A short English name (my_number, phone, canary …) for diagnostics and tests.</summary>
    string Name { get; }

    IEnumerable<RiskFinding> Find(RiskText text);
}
