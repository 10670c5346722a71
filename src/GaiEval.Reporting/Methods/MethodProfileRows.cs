namespace GaiEval.Reporting.Methods;

using GaiEval.Core.Analysis.Deployment;

/// <summary>The rows from the plan's deployment profile: 導入の容易さ, カスタマイズ, セキュリティ. A fact the plan leaves out is 未記入.</summary>
internal static class MethodProfileRows
{
    public static IEnumerable<MethodRow> Of(IReadOnlyList<CandidateColumn> candidates)
    {
        const string Ease = "導入の容易さ";
        yield return MethodRow.Of(Ease, "導入作業", candidates, c => MethodLabels.StaffDays(c.Profile?.Setup?.StaffDays), compact: true);
        yield return MethodRow.Of(Ease, "開発の要否", candidates, c => MethodLabels.Development(c.Profile?.Setup?.Development), compact: true);
        yield return MethodRow.Of("カスタマイズ", "カスタマイズの範囲", candidates, c => MethodLabels.Customisation(c.Profile?.Customisation), compact: true);
        const string Security = "セキュリティ";
        yield return MethodRow.Of(Security, "接続経路", candidates, c => MethodLabels.Network(c.Profile?.Network), compact: true);
        yield return MethodRow.Of(Security, "データの処理・保存場所", candidates, c => MethodLabels.Location(c.Profile?.DataLocation), compact: true);
        yield return MethodRow.Of(Security, "保存日数", candidates, c => MethodLabels.Retention(c.Profile?.RetentionDays));
        yield return MethodRow.Of(Security, "学習への利用", candidates, c => MethodLabels.Available(c.Profile?.TrainingUse), compact: true);
        yield return MethodRow.Of(Security, "SSO", candidates, c => MethodLabels.Available(c.Profile?.Sso));
        yield return MethodRow.Of(Security, "監査ログ", candidates, c => MethodLabels.Available(c.Profile?.AuditLog), compact: true);
        if (candidates.Any(c => c.Profile?.ClearanceReason is not null))
        {
            yield return MethodRow.Of(Security, "送信可能区分の理由", candidates, c => c.Profile?.ClearanceReason ?? "－（理由の必要なし）", compact: true);
        }
    }
}
