namespace GaiEval.Reporting.Html;

/// <summary>
/// A chart drawn by the caller as inline SVG, shown in a &lt;figure&gt; of the report. The SVG must be our own chart output:
/// it is inlined as markup (not escaped), so it may not contain scripts or foreign objects; the title is escaped.
/// </summary>
/// <param name="Section">The section the chart belongs to; charts without one are shown together under 図 in section 3.</param>
/// <param name="Key">Which part of its section it illustrates (a KPI chart's file stem); null: shown at the section's top.</param>
public sealed record HtmlChart(string Title, string Svg, HtmlSection? Section = null, string? Key = null);
