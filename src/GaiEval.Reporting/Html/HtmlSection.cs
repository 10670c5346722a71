namespace GaiEval.Reporting.Html;

/// <summary>The sections of the HTML report, in the order they appear; <see cref="KpiDetail"/> only when the report has KPIs from real use.</summary>
public enum HtmlSection
{
    Verdict = 1,
    Kpis,
    MethodComparison,
    Accuracy,
    Comparisons,
    Latency,
    Cost,
    TimeSaved,
    Risks,
    Drilldown,
    RunFacts,
    ScoringReliability,
    KpiDetail,
}
