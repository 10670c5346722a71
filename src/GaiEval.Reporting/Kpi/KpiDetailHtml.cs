namespace GaiEval.Reporting.Kpi;

using System.Text;
using GaiEval.Core.Kpi.Findings;

/// <summary>
/// The KPIs of a <see cref="KpiFindings"/> as Japanese HTML tables with their charts, every figure with its method and n and
/// every missing part 「未測定」 with why. Written by report.html (its KPI detail section) and by kpi-report.html alike.
/// </summary>
internal static class KpiDetailHtml
{
    public static void Write(StringBuilder html, KpiFindings findings, KpiDetailOptions options)
    {
        ArgumentNullException.ThrowIfNull(findings);
        KpiSatisfactionHtml.Write(html, findings, options);
        KpiUsersHtml.Write(html, findings, options);
        KpiTokensHtml.Write(html, findings, options);
        KpiTimeSavedHtml.Write(html, findings, options);
        KpiFeedbackHtml.Write(html, findings, options);
        KpiSourcesHtml.Write(html, findings, options);
    }
}
