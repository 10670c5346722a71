namespace GaiEval.Reporting.Html;

/// <summary>The eleven sections of the HTML report, in the order they appear.</summary>
public enum HtmlSection
{
    Verdict = 1,
    Kpis,
    Accuracy,
    Comparisons,
    Latency,
    Cost,
    TimeSaved,
    Risks,
    Drilldown,
    RunFacts,
    ScoringReliability,
}
