namespace GaiEval.Core.Kpi.Import;

/// <summary>How a kind of KPI file is named to people: 職員アンケート, 利用ログ, 業務時間の実測.</summary>
public static class KpiKindNames
{
    public static string Japanese(KpiKind kind) => kind switch
    {
        KpiKind.Survey => "職員アンケート",
        KpiKind.Usage => "利用ログ",
        _ => "業務時間の実測",
    };
}
