namespace GaiEval.Core.Decision;

/// <summary>Which way a decision metric gets better.</summary>
public enum GoodDirection
{
    /// <summary>More is better (accuracy, hours saved); a criterion on it uses &gt;= or &gt;.</summary>
    Higher,

    /// <summary>Less is better (error rate, latency, cost); a criterion on it uses &lt;= or &lt;.</summary>
    Lower,
}
