namespace GaiEval.Cli.Commands;

using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Import;

/// <summary>How KPI imports are named on screen.</summary>
internal static class KpiNames
{
    public static string Code(KpiKind kind) => kind switch
    {
        KpiKind.Survey => "survey",
        KpiKind.Usage => "usage",
        _ => "timing",
    };

    public static string Period(StoredKpiImport import) =>
        import.PeriodFrom is null ? "なし" : $"{import.PeriodFrom}〜{import.PeriodTo}";
}
