namespace GaiEval.Reporting.Html;

/// <summary>
/// The sections of the HTML report, in the order they appear: the summaries first, the item cards last. A section's number
/// is its place among those the report has (<see cref="KpiDetail"/> only with KPIs from real use), so it equals the value
/// below for every section before <see cref="KpiDetail"/>; the value itself is the section's anchor (s1 … s13).
/// </summary>
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
    ScoringReliability,
    KpiDetail,
    RunFacts,
    Drilldown,
}
