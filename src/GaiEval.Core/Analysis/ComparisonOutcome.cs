namespace GaiEval.Core.Analysis;

/// <summary>What a paired comparison shows at the run's significance level (on the Holm-adjusted p).</summary>
public enum ComparisonOutcome
{
    /// <summary>The data cannot tell the two apart (or there is nothing to compare).</summary>
    Indistinguishable,

    /// <summary>A is more accurate than B.</summary>
    ABetter,

    /// <summary>B is more accurate than A.</summary>
    BBetter,
}
