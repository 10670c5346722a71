namespace GaiEval.Reporting.Kpi;

using GaiEval.Core.Reporting;
using GaiEval.Reporting.Html;

/// <summary>
/// Where the KPI detail is written: the heading level of its parts, the charts to place beside them (matched by
/// <see cref="HtmlChart.Key"/>), and the test run when it is part of report.html (then the gold-set estimate of time
/// saved is shown beside the real-use ones).
/// </summary>
internal sealed record KpiDetailOptions(int HeadingLevel, IReadOnlyList<HtmlChart> Charts, RunReport? Run = null);
