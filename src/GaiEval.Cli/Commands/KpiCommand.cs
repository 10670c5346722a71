namespace GaiEval.Cli.Commands;

using System.CommandLine;

/// <summary><c>gaieval kpi import|list|report</c>: KPIs from real use (survey, usage log, time-and-motion timings).</summary>
internal static class KpiCommand
{
    public static Command Create() => new(
        "kpi",
        "実際の利用から測るKPI（職員アンケート・利用ログ・業務時間の実測）のファイルを取り込み、一覧し、KPIだけのレポートを書きます。" +
        "職員番号は取り込み時にデータベースごとの秘密鍵（<db>.staff-key）で仮名化し、元の番号は保存しません。")
    {
        KpiImportCommand.Create(),
        KpiListCommand.Create(),
        KpiReportCommand.Create(),
    };
}
