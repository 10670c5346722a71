namespace GaiEval.Core.Kpi.Import;

/// <summary>Which of the three KPI inputs a file or a mapping holds.</summary>
public enum KpiKind
{
    Survey,
    Usage,
    Timing,
}
